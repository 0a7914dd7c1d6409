package org.embedscope.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Tables as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled) or TSV
 * (tabs and line breaks inside a field become spaces), UTF-8 with a byte-order mark for CSV so
 * that spreadsheets read accents right; written atomically.
 */
public final class CsvText {
    private CsvText() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows, char separator) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            if (separator == ',') {
                out.write('\uFEFF');
            }
            line(out, header, separator);
            for (List<String> row : rows) {
                line(out, row, separator);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void line(BufferedWriter out, List<String> fields, char separator) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(field(fields.get(i) == null ? "" : fields.get(i), separator));
        }
        out.write("\r\n");
    }

    static String field(String value, char separator) {
        if (separator == '\t') {
            return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.strip().equals(value);
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
