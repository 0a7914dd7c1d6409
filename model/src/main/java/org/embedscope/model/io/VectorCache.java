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
 * <p>Layout: magic, version, header length, the header's CRC32C, then a header (key, shape,
 * warnings, words, metadata; big-endian ints, strings as int length + UTF-8), rows x dimension
 * little-endian float32, the rows' inverse norms, and the CRC32C of every 16 MB chunk of those two
 * arrays ({@link CacheChecksums}); a mismatch anywhere means "no cache". Temporary files of
 * interrupted writes are removed by later opens.
 */
public final class VectorCache {
    public static final String ENV_DIRECTORY = "EMBEDSCOPE_CACHE_DIR";
    private static final byte[] MAGIC = "EMBEDSCOPE-CACHE".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 4;
    private static final int PREFIX = MAGIC.length + 4 + 8 + 4;
    /** A partial file untouched this long belongs to an open that was interrupted, not to one running. */
    static final long STALE_PARTIAL_MILLIS = 10 * 60 * 1000L;

    private final Path directory;

    public VectorCache(Path directory) {
        this.directory = directory;
    }

    /** System property for the same, so that a test can move the cache of an in-process run. */
    public static final String PROPERTY_DIRECTORY = "embedscope.cacheDir";

    /** -Dembedscope.cacheDir, else $EMBEDSCOPE_CACHE_DIR, else $XDG_CACHE_HOME/embedscope, else ~/.cache/embedscope. */
    public static Path defaultDirectory() {
        String property = System.getProperty(PROPERTY_DIRECTORY);
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
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

    Path directory() {
        return directory;
    }

    Path fileFor(CacheKey key) {
        return directory.resolve(hash(key.source()) + ".vcache");
    }

    /** The cached store, or null when there is none, it is stale, or it cannot be read. */
    VectorStore load(CacheKey key, String name, String source, Progress progress) {
        removeStalePartials();
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
        int headerCrc = prefix.getInt();
        if (headerLength < 0 || headerLength > channel.size() - PREFIX || headerLength > Integer.MAX_VALUE - 8) {
            return null;
        }
        ByteBuffer in = ByteBuffer.allocate((int) headerLength);
        readFully(channel, in, PREFIX);
        in.flip();
        if (CacheChecksums.of(in.array()) != headerCrc) {
            return null;
        }
        CacheKey cachedKey = CacheKey.read(in);
        boolean prefixOfFull = key.limit() > 0 && cachedKey.withLimit(key.limit()).equals(key) && cachedKey.limit() == 0;
        if (!cachedKey.equals(key) && !prefixOfFull) {
            return null;
        }
        int rows = in.getInt();
        int dimension = in.getInt();
        long floatsAt = PREFIX + headerLength;
        long floatCount = (long) rows * dimension;
        int vectorChunks = CacheChecksums.chunks(floatCount);
        int normChunks = CacheChecksums.chunks(rows);
        long checksumsAt = floatsAt + 4L * floatCount + 4L * rows;
        if (rows <= 0 || dimension <= 0 || channel.size() != checksumsAt + 4L * (vectorChunks + normChunks)) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            warnings.add(CacheStrings.readString(in));
        }
        // The first N rows of a whole file are the first N stored rows only when reading dropped none.
        if (prefixOfFull && !warnings.isEmpty()) {
            return null;
        }
        int keep = prefixOfFull ? Math.min(rows, key.limit()) : rows;
        String format = CacheStrings.readString(in);
        String[] words = CacheStrings.readStrings(in, rows, keep);
        int columnCount = in.getInt();
        List<String> columns = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(CacheStrings.readString(in));
            values.add(CacheStrings.readStrings(in, rows, keep));
        }
        ByteBuffer checksums = ByteBuffer.allocate(4 * (vectorChunks + normChunks));
        readFully(channel, checksums, checksumsAt);
        checksums.flip();
        int[] vectorCrcs = new int[vectorChunks];
        int[] normCrcs = new int[normChunks];
        checksums.asIntBuffer().get(vectorCrcs).get(normCrcs);
        float[] vectors = Allocation.floats(name, keep, dimension);
        CacheChecksums.read(channel, floatsAt, floatCount, vectors, vectorCrcs, "vectors", progress, "Reading cached " + name);
        float[] inverseNorms = new float[keep];
        CacheChecksums.read(channel, floatsAt + 4L * floatCount, rows, inverseNorms, normCrcs, "norms", progress, null);
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
            byte[] magic = new byte[MAGIC.length];
            prefix.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC) || prefix.getInt() != VERSION) {
                return false;
            }
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
            removeStalePartials();
            temp = Files.createTempFile(directory, "partial-", ".tmp");
            byte[] header = header(key, store);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
                prefix.put(MAGIC).putInt(VERSION).putLong(header.length).putInt(CacheChecksums.of(header)).flip();
                writeFully(out, prefix);
                writeFully(out, ByteBuffer.wrap(header));
                int[] vectorCrcs = CacheChecksums.write(out, store.rawVectors(), progress);
                int[] normCrcs = CacheChecksums.write(out, store.inverseNorms(), progress);
                ByteBuffer checksums = ByteBuffer.allocate(4 * (vectorCrcs.length + normCrcs.length));
                checksums.asIntBuffer().put(vectorCrcs).put(normCrcs);
                writeFully(out, checksums);
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

    /**
     * Deletes temporary files that no write has touched for {@link #STALE_PARTIAL_MILLIS}: what an
     * interrupted first open left (at the scale of GoogleNews, gigabytes). A running write keeps
     * its file's time fresh, so it is never taken for one.
     */
    void removeStalePartials() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "{partial,unpacked}-*.tmp")) {
            for (Path file : files) {
                try {
                    if (now - Files.getLastModifiedTime(file).toMillis() > STALE_PARTIAL_MILLIS) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException ignored) {
                    // Another process may have renamed or removed it meanwhile.
                }
            }
        } catch (IOException ignored) {
            // An unreadable cache folder only means nothing is cleaned.
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
            CacheStrings.writeString(out, warning);
        }
        CacheStrings.writeString(out, store.info().format());
        CacheStrings.writeStrings(out, store.vocabulary().asList().toArray(String[]::new));
        Metadata metadata = store.metadata();
        out.writeInt(metadata.columns().size());
        for (int c = 0; c < metadata.columns().size(); c++) {
            CacheStrings.writeString(out, metadata.columns().get(c));
            String[] column = new String[store.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = metadata.value(c, r);
            }
            CacheStrings.writeStrings(out, column);
        }
        out.flush();
        return bytes.toByteArray();
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
