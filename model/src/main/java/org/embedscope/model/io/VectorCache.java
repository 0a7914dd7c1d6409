package org.embedscope.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metadata;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * A binary copy of a parsed vector file, so that reopening it costs a bulk read instead of a parse.
 * One file per source, named by a hash of its path; its header repeats the full {@link CacheKey}
 * (path, size, modification time, format, limit, metadata file), and a cache whose key differs in
 * anything is ignored and later replaced. Files are written to a temporary name and renamed, so a
 * crash never leaves a half cache under the real name; any problem reading one means "no cache".
 *
 * <p>Layout: magic, version, header length, then a header (key, shape, warnings, words, metadata;
 * Java DataOutput encoding) and rows x dimension little-endian float32.
 */
public final class VectorCache {
    public static final String ENV_DIRECTORY = "EMBEDSCOPE_CACHE_DIR";
    private static final byte[] MAGIC = "EMBEDSCOPE-CACHE".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int PREFIX = MAGIC.length + 4 + 8;
    private static final int BLOCK_BYTES = 16 << 20;

    private final Path directory;

    public VectorCache(Path directory) {
        this.directory = directory;
    }

    /** $EMBEDSCOPE_CACHE_DIR, else $XDG_CACHE_HOME/embedscope, else ~/.cache/embedscope. */
    public static Path defaultDirectory() {
        String explicit = System.getenv(ENV_DIRECTORY);
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Paths.get(xdg, "embedscope");
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "embedscope");
    }

    public Path directory() {
        return directory;
    }

    Path fileFor(CacheKey key) {
        return directory.resolve(hash(key.source()) + ".vcache");
    }

    /** The cached store, or null when there is none, it is stale, or it cannot be read. */
    VectorStore load(CacheKey key, String name, String source, Progress progress) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, key, name, source, progress);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static VectorStore read(FileChannel channel, CacheKey key, String name, String source, Progress progress)
            throws IOException {
        ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
        readFully(channel, prefix, 0);
        prefix.flip();
        byte[] magic = new byte[MAGIC.length];
        prefix.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || prefix.getInt() != VERSION) {
            return null;
        }
        long headerLength = prefix.getLong();
        if (headerLength < 0 || headerLength > channel.size() - PREFIX || headerLength > Integer.MAX_VALUE - 8) {
            return null;
        }
        ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
        readFully(channel, headerBytes, PREFIX);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(headerBytes.array()));
        if (!CacheKey.read(in).equals(key)) {
            return null;
        }
        int rows = in.readInt();
        int dimension = in.readInt();
        long floatsAt = PREFIX + headerLength;
        if (rows <= 0 || dimension <= 0 || channel.size() != floatsAt + 4L * rows * dimension) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            warnings.add(in.readUTF());
        }
        String format = in.readUTF();
        String[] words = readStrings(in, rows);
        int columnCount = in.readInt();
        List<String> columns = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(in.readUTF());
            values.add(readStrings(in, rows));
        }
        float[] vectors = Allocation.floats(name, rows, dimension);
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long done = 0;
        while (done < vectors.length) {
            progress.checkCancelled();
            int count = (int) Math.min(BLOCK_BYTES / 4, vectors.length - done);
            block.clear().limit(count * 4);
            readFully(channel, block, floatsAt + done * 4);
            block.flip();
            block.asFloatBuffer().get(vectors, (int) done, count);
            done += count;
            progress.update(0.9 * done / vectors.length, "Reading cached " + name);
        }
        Metadata metadata = columnCount == 0 ? Metadata.none() : Metadata.of(columns, values);
        return VectorStore.of(words, vectors, dimension, metadata,
                new DatasetInfo(name, source, format, warnings));
    }

    /** Writes the store's cache; failures (read-only disk, full disk) are ignored: the cache is optional. */
    void save(CacheKey key, VectorStore store, Progress progress) {
        Path target = fileFor(key);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "partial-", ".tmp");
            byte[] header = header(key, store);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
                prefix.put(MAGIC).putInt(VERSION).putLong(header.length).flip();
                writeFully(out, prefix);
                writeFully(out, ByteBuffer.wrap(header));
                writeFloats(out, store.rawVectors(), progress);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more to do: a leftover temporary file is never read as a cache.
                }
            }
        }
    }

    /** Removes every cache file; returns how many. */
    public int clear() throws IOException {
        int removed = 0;
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{vcache,tmp}")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        return removed;
    }

    private static byte[] header(CacheKey key, VectorStore store) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(store.size() * 16 + 4096);
        DataOutputStream out = new DataOutputStream(bytes);
        key.write(out);
        out.writeInt(store.size());
        out.writeInt(store.dimension());
        out.writeInt(store.warnings().size());
        for (String warning : store.warnings()) {
            out.writeUTF(warning.length() > 8000 ? warning.substring(0, 8000) : warning);
        }
        out.writeUTF(store.info().format());
        writeStrings(out, store.vocabulary().asList().toArray(String[]::new));
        Metadata metadata = store.metadata();
        out.writeInt(metadata.columns().size());
        for (int c = 0; c < metadata.columns().size(); c++) {
            out.writeUTF(metadata.columns().get(c));
            String[] column = new String[store.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = metadata.value(c, r);
            }
            writeStrings(out, column);
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Strings as UTF-8 with int lengths, not writeUTF, whose 64 KB limit a metadata cell could pass. */
    private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static String[] readStrings(DataInputStream in, int count) throws IOException {
        String[] strings = new String[count];
        byte[] buffer = new byte[256];
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("bad string length");
            }
            if (length > buffer.length) {
                buffer = new byte[length];
            }
            in.readFully(buffer, 0, length);
            strings[i] = new String(buffer, 0, length, StandardCharsets.UTF_8);
        }
        return strings;
    }

    private static void writeFloats(FileChannel out, float[] vectors, Progress progress) throws IOException {
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long done = 0;
        while (done < vectors.length) {
            progress.checkCancelled();
            int count = (int) Math.min(BLOCK_BYTES / 4, vectors.length - done);
            block.clear();
            block.asFloatBuffer().put(vectors, (int) done, count);
            block.limit(count * 4);
            writeFully(out, block);
            done += count;
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("cache file ends early");
            }
            at += n;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(text.hashCode());
        }
    }
}
