package org.embedscope.model;

import java.util.List;

/**
 * Where a store came from, for titles, status bars and {@code info --json}.
 *
 * @param name     short display name (file name, or the bundled dataset's name)
 * @param source   full path or resource the data was read from
 * @param format   format id such as {@code glove} or {@code word2vec-binary}
 * @param warnings tolerated problems met while reading, each naming the file and line
 */
public record DatasetInfo(String name, String source, String format, List<String> warnings) {
    public DatasetInfo {
        warnings = List.copyOf(warnings);
    }

    public static DatasetInfo of(String name, String source, String format) {
        return new DatasetInfo(name, source, format, List.of());
    }
}
