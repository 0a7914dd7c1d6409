package org.embedscope.model.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
 * big-endian ints, strings as int length + UTF-8), rows x dimension little-endian float32 (read
 * back through memory-mapped regions of at most 1 GB), and the rows' inverse norms.
 */
public final class VectorCache {
    public static final String ENV_DIRECTORY = "EMBEDSCOPE_CACHE_DIR";
    private static final byte[] MAGIC = "EMBEDSCOPE-CACHE".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    private static final int PREFIX = MAGIC.length + 4 + 8;
    private static final int BLOCK_BYTES = 16 << 20;
    /** Floats per mapped region: 1 GB, well under the 2 GB a MappedByteBuffer can span. */
    private static final int REGION_FLOATS = 1 << 28;

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
        ByteBuffer in = ByteBuffer.allocate((int) headerLength);
        readFully(channel, in, PREFIX);
        in.flip();
        CacheKey cachedKey = CacheKey.read(in);
        boolean prefixOfFull = key.limit() > 0 && cachedKey.withLimit(key.limit()).equals(key) && cachedKey.limit() == 0;
        if (!cachedKey.equals(key) && !prefixOfFull) {
            return null;
        }
        int rows = in.getInt();
        int dimension = in.getInt();
        long floatsAt = PREFIX + headerLength;
        if (rows <= 0 || dimension <= 0 || channel.size() != floatsAt + 4L * rows * dimension + 4L * rows) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            warnings.add(readString(in));
        }
        // The first N rows of a whole file are the first N stored rows only when reading dropped none.
        if (prefixOfFull && !warnings.isEmpty()) {
            return null;
        }
        int keep = prefixOfFull ? Math.min(rows, key.limit()) : rows;
        String format = readString(in);
        String[] words = readStrings(in, rows, keep);
        int columnCount = in.getInt();
        List<String> columns = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(readString(in));
            values.add(readStrings(in, rows, keep));
        }
        float[] vectors = Allocation.floats(name, keep, dimension);
        long done = 0;
        while (done < vectors.length) {
            progress.checkCancelled();
            int count = (int) Math.min(REGION_FLOATS, vectors.length - done);
            MappedByteBuffer region = channel.map(FileChannel.MapMode.READ_ONLY, floatsAt + done * 4, count * 4L);
            region.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vectors, (int) done, count);
            done += count;
            progress.update(0.9 * done / vectors.length, "Reading cached " + name);
        }
        float[] inverseNorms = new float[keep];
        ByteBuffer norms = ByteBuffer.allocate(4 * keep);
        readFully(channel, norms, floatsAt + 4L * rows * dimension);
        norms.flip();
        norms.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(inverseNorms);
        Metadata metadata = columnCount == 0 ? Metadata.none() : Metadata.of(columns, values);
        return VectorStore.withInverseNorms(words, vectors, dimension, inverseNorms, metadata,
                new DatasetInfo(name, source, format, warnings));
    }

    /** True when the cache file for this source holds the whole file read with the key's other settings. */
    boolean holdsWhole(CacheKey key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
            readFully(channel, prefix, 0);
            prefix.flip();
            prefix.position(MAGIC.length + 4);
            long headerLength = prefix.getLong();
            ByteBuffer in = ByteBuffer.allocate((int) Math.min(headerLength, 1 << 16));
            readFully(channel, in, PREFIX);
            in.flip();
            return CacheKey.read(in).equals(key.whole());
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
                writeFloats(out, store.inverseNorms(), progress);
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
            writeString(out, warning);
        }
        writeString(out, store.info().format());
        writeStrings(out, store.vocabulary().asList().toArray(String[]::new));
        Metadata metadata = store.metadata();
        out.writeInt(metadata.columns().size());
        for (int c = 0; c < metadata.columns().size(); c++) {
            writeString(out, metadata.columns().get(c));
            String[] column = new String[store.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = metadata.value(c, r);
            }
            writeStrings(out, column);
        }
        out.flush();
        return bytes.toByteArray();
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /**
     * Many strings as one block: count, whether all are ASCII, their byte lengths, then their bytes.
     * Reading it back is a bulk int copy and one cheap String per word.
     */
    private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        byte[][] encoded = new byte[strings.length][];
        boolean ascii = true;
        for (int i = 0; i < strings.length; i++) {
            encoded[i] = strings[i].getBytes(StandardCharsets.UTF_8);
            ascii &= encoded[i].length == strings[i].length();
        }
        out.writeInt(strings.length);
        out.writeBoolean(ascii);
        for (byte[] e : encoded) {
            out.writeInt(e.length);
        }
        for (byte[] e : encoded) {
            out.write(e);
        }
    }

    /** Reads a block of {@code count} strings, keeping the first {@code keep} (the rest are skipped). */
    private static String[] readStrings(ByteBuffer in, int count, int keep) throws IOException {
        if (in.getInt() != count) {
            throw new IOException("bad string count");
        }
        boolean ascii = in.get() != 0;
        int[] lengths = new int[count];
        in.asIntBuffer().get(lengths);
        in.position(in.position() + 4 * count);
        byte[] bytes = in.array();
        int at = in.position();
        String[] strings = new String[keep];
        for (int i = 0; i < count; i++) {
            int length = lengths[i];
            if (length < 0 || at + length > in.limit()) {
                throw new IOException("bad string length");
            }
            if (i < keep) {
                strings[i] = new String(bytes, at, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            at += length;
        }
        in.position(at);
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

    /** FNV-1a of the path: cheap to start (no MessageDigest); a collision only costs a cache miss. */
    private static String hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}
