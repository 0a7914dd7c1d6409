package org.embedscope.model.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * A gzip file or a pipe, streamed once into a temporary plain file that the parallel readers can
 * read like any other (memory stays bounded whatever the size), and deleted on close. The copy
 * lives beside the cache, not in a /tmp that may be memory; an interrupted copy is cleaned like a
 * partial cache file.
 */
final class UnpackedCopy implements Closeable {
    static final String PREFIX = "unpacked-";
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path path;

    private UnpackedCopy(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** Whether a regular file starts with the gzip magic bytes. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    /**
     * Copies {@code in} into a new temporary file in {@code directory}, gunzipping it when it starts
     * with the gzip magic bytes. {@code name} is the source as messages name it.
     */
    static UnpackedCopy of(InputStream in, String name, Path directory, Progress progress) throws IOException {
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, PREFIX, ".tmp");
        UnpackedCopy copy = new UnpackedCopy(temp);
        try (InputStream source = maybeGunzip(new BufferedInputStream(in, BUFFER_BYTES));
                OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            long total = 0;
            for (int n; (n = source.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                total += n;
                // Per megabyte at most, so that a cancel takes effect at once.
                progress.checkCancelled();
                if ((total & ((64L << 20) - 1)) < n) {
                    progress.update(-1, "Unpacking " + name + " (" + (total >> 20) + " MB)");
                }
            }
        } catch (ZipException | EOFException e) {
            copy.close();
            throw DataFormatException.inFile(name, "the gzip data is corrupt or truncated (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException | Error e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    private static InputStream maybeGunzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
        in.reset();
        return gzip ? new GZIPInputStream(in, BUFFER_BYTES) : in;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
