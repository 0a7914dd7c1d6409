package org.embedscope.model.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A vector file opened for positional reads. Readers copy byte ranges into heap arrays instead of
 * memory-mapping, so that file pages do not count as process memory, no mapping can outlive the
 * read (which on Windows would lock the file), and offsets are longs throughout.
 */
final class SourceFile implements Closeable {
    private final FileChannel channel;
    private final String name;
    private final long length;

    SourceFile(Path path) throws IOException {
        this(path, path.getFileName() == null ? path.toString() : path.getFileName().toString());
    }

    /** @param name the file as messages name it (an unpacked copy is named by its source) */
    SourceFile(Path path, String name) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.name = name;
        this.length = channel.size();
    }

    String name() {
        return name;
    }

    long length() {
        return length;
    }

    /** Reads up to {@code count} bytes at {@code position}; fewer only at the end of the file. */
    int read(long position, byte[] target, int offset, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, count);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return buffer.position() - offset;
    }

    void readFully(long position, byte[] target, int offset, int count) throws IOException {
        if (read(position, target, offset, count) != count) {
            throw new EOFException();
        }
    }

    /** Fills a direct or heap buffer from {@code position}; returns the bytes read. */
    int read(long position, ByteBuffer buffer) throws IOException {
        int start = buffer.position();
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return buffer.position() - start;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
