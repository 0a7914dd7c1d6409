package org.embedscope.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.embedscope.model.Progress;

/**
 * Writes a synthetic word2vec binary file of any size (for example GoogleNews' 3M x 300), so that
 * load time and memory can be measured at scale without downloading anything. Streams row by row.
 */
public final class SyntheticVectors {
    private SyntheticVectors() {
    }

    /** Words are "w" + the row number; values are uniform in [-1, 1). */
    public static void writeWord2VecBinary(Path file, int rows, int dimension, long seed, Progress progress)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer row = ByteBuffer.allocate(dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write((rows + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < rows; r++) {
                out.write(("w" + r + " ").getBytes(StandardCharsets.US_ASCII));
                row.clear();
                for (int d = 0; d < dimension; d++) {
                    row.putFloat((float) (random.nextDouble() * 2 - 1));
                }
                out.write(row.array());
                out.write('\n');
                if ((r & 65535) == 0) {
                    progress.checkCancelled();
                    progress.update((double) r / rows, "Writing " + file.getFileName());
                }
            }
        }
    }
}
