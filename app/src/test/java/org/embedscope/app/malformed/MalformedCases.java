package org.embedscope.app.malformed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.embedscope.model.io.VectorCache;

/**
 * The corpus cases that are easier to build than to store: binary, large, compressed and cached
 * files. Names match the @NAME arguments of cases.tsv.
 */
final class MalformedCases {
    private static final List<String> WORDS = List.of("king", "queen", "man", "woman", "paris", "rome");

    private MalformedCases() {
    }

    static void generate(Path dir) throws IOException {
        binaries(dir);
        compressed(dir);
        cached(dir);
    }

    private static void binaries(Path dir) throws IOException {
        Files.write(dir.resolve("good.bin"), binary("6 50", WORDS, 50));
        Files.write(dir.resolve("header-dim-too-small.bin"), binary("6 40", WORDS, 50));
        Files.write(dir.resolve("header-dim-too-large.bin"), binary("6 60", WORDS, 50));
        Files.write(dir.resolve("word-with-space.bin"), binary("6 50", List.of("king", "new york", "man", "woman",
                "paris", "rome"), 50));
        Files.write(dir.resolve("last-word-with-space.bin"), binary("3 50", List.of("king", "queen", "new york"), 50));
        Files.write(dir.resolve("header-count-low.bin"), binary("4 50", WORDS, 50));
        Files.write(dir.resolve("header-count-high.bin"), binary("9 50", WORDS, 50));
        byte[] controlWord = binary("6 50", WORDS, 50);
        controlWord["6 50\n".length() + 1] = 0x01;
        Files.write(dir.resolve("control-byte-in-word.bin"), controlWord);
        Files.writeString(dir.resolve("text-named.bin"), "3 2\nking 1 2\nqueen 1 2.5\nman 3 1\n");
        Files.writeString(dir.resolve("glove-named.bin"), "king 1 2\nqueen 1 2.5\nman 3 1\n");
    }

    private static void compressed(Path dir) throws IOException {
        gzip(dir.resolve("good.bin"), dir.resolve("good.bin.gz"));
        gzip(dir.resolve("small.txt"), dir.resolve("small.txt.gz"));
        gzip(dir.resolve("small.txt"), dir.resolve("gzip-without-extension"));
        Files.write(dir.resolve("large.txt"), largeText(0.125f));
        gzip(dir.resolve("large.txt"), dir.resolve("large.txt.gz"));
        byte[] gz = Files.readAllBytes(dir.resolve("large.txt.gz"));
        Files.write(dir.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        byte[] corrupt = gz.clone();
        for (int i = 100; i < 200; i++) {
            corrupt[i] ^= 0x5A;
        }
        Files.write(dir.resolve("corrupt.txt.gz"), corrupt);
        Files.write(dir.resolve("not-really.gz"), new byte[] {0x1F, (byte) 0x8B, 1, 2, 3});
    }

    /**
     * Files opened once so that the cache holds them, then changed the way the audit found the
     * cache answering wrongly: a same-size copy with the old time, and a cache file with flipped bytes.
     */
    private static void cached(Path dir) throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        System.setProperty(VectorCache.PROPERTY_DIRECTORY, cache.toString());
        Path replaced = Files.write(dir.resolve("replaced-same-size.txt"), largeText(0.125f));
        CliRun.of("info", "--vectors", replaced.toString());
        FileTime time = Files.getLastModifiedTime(replaced);
        Files.write(replaced, largeText(0.375f));
        Files.setLastModifiedTime(replaced, time);

        Path flipped = Files.write(dir.resolve("flipped-cache.txt"), largeText(0.125f));
        List<Path> before = list(cache);
        CliRun.of("info", "--vectors", flipped.toString());
        List<Path> made = list(cache).stream().filter(f -> !before.contains(f)).toList();
        if (made.size() != 1) {
            throw new IllegalStateException("expected one new cache file, found " + made);
        }
        flipFloatBytes(made.get(0));
        Path stale = Files.write(cache.resolve("partial-0.tmp"), new byte[1000]);
        Files.setLastModifiedTime(stale, FileTime.fromMillis(0));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Writes +Infinity over a float in the middle of the cached vectors. */
    private static void flipFloatBytes(Path cacheFile) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(cacheFile.toFile(), "rw")) {
            long at = raw.length() / 2 / 4 * 4;
            raw.seek(at);
            raw.write(new byte[] {0, 0, (byte) 0x80, 0x7F});
        }
    }

    /** Over the 1 MB below which files are not cached: 60,000 rows "wN a 0.5 ±1.5". */
    static byte[] largeText(float first) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            text.append('w').append(i).append(' ').append(String.format(Locale.ROOT, "%.3f", first))
                    .append(" 0.500 ").append(i % 2 == 0 ? "1.500" : "-1.50").append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] binary(String header, List<String> words, int dimension) throws IOException {
        Random random = new Random(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (String word : words) {
            out.write((word + " ").getBytes(StandardCharsets.UTF_8));
            ByteBuffer floats = ByteBuffer.allocate(4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
            for (int d = 0; d < dimension; d++) {
                floats.putFloat((float) random.nextGaussian());
            }
            out.write(floats.array());
        }
        return out.toByteArray();
    }

    private static void gzip(Path plain, Path out) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out))) {
            gz.write(Files.readAllBytes(plain));
        }
    }
}
