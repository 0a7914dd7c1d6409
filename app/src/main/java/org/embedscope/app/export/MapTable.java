package org.embedscope.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.Metadata;
import org.embedscope.model.VectorStore;

/** A map's coordinates with every metadata column, one row per point: word, rank, x, y (z), columns. */
public final class MapTable {
    private MapTable() {
    }

    public static void write(VectorStore store, MapLayout layout, Path file, char separator) throws IOException {
        Metadata metadata = store.metadata();
        List<String> header = new ArrayList<>(List.of("word", "rank", "x", "y"));
        if (layout.dims() == 3) {
            header.add("z");
        }
        header.addAll(metadata.columns());
        List<List<String>> rows = new ArrayList<>(layout.points());
        for (int p = 0; p < layout.points(); p++) {
            int row = layout.rows()[p];
            List<String> fields = new ArrayList<>(header.size());
            fields.add(store.word(row));
            fields.add(Integer.toString(row + 1));
            for (int d = 0; d < layout.dims(); d++) {
                fields.add(number(layout.positions()[p * layout.dims() + d]));
            }
            for (int c = 0; c < metadata.columns().size(); c++) {
                fields.add(metadata.value(c, row));
            }
            rows.add(fields);
        }
        CsvText.write(file, header, rows, separator);
    }

    private static String number(float value) {
        return Float.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
