package org.embedscope.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.embedscope.model.VectorStore;
import org.embedscope.model.projection.ProjectionResult;

/** Writes map coordinates as TSV: a `word x y [z]` header, then one row per word on the map, in map order. */
final class MapTsv {
    private MapTsv() {
    }

    static void write(Path file, VectorStore store, ProjectionResult map) throws IOException {
        int dims = map.dims();
        float[] positions = map.positions();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(dims == 3 ? "word\tx\ty\tz\n" : "word\tx\ty\n");
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < map.points(); i++) {
                line.setLength(0);
                line.append(store.word(map.rows()[i]));
                for (int d = 0; d < dims; d++) {
                    line.append('\t').append(positions[i * dims + d]);
                }
                line.append('\n');
                w.write(line.toString());
            }
        }
    }
}
