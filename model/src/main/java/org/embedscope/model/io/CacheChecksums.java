package org.embedscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;
import org.embedscope.model.Progress;

/**
 * The cache's integrity check: a CRC32C per 16 MB chunk of each float array, written beside it and
 * verified as the chunk is copied out of its memory mapping, so that a flipped byte in a cache file
 * means "no cache" instead of a wrong number (or an infinity no parser would produce). CRC32C runs
 * on the processor's own instruction, and each chunk is checked while it is hot in the cache.
 */
final class CacheChecksums {
    static final int CHUNK_BYTES = 16 << 20;
    static final int CHUNK_FLOATS = CHUNK_BYTES / Float.BYTES;

    private CacheChecksums() {
    }

    /** Thrown for a chunk whose bytes are not those written. */
    static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String what) {
            super("cache checksum mismatch in " + what);
        }
    }

    static int chunks(long floats) {
        return (int) ((floats + CHUNK_FLOATS - 1) / CHUNK_FLOATS);
    }

    static int of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Writes the floats in chunks and returns each chunk's CRC32C. */
    static int[] write(FileChannel out, float[] values, Progress progress) throws IOException {
        ByteBuffer block = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int[] crcs = new int[chunks(values.length)];
        for (int c = 0; c < crcs.length; c++) {
            progress.checkCancelled();
            long first = (long) c * CHUNK_FLOATS;
            int count = (int) Math.min(CHUNK_FLOATS, values.length - first);
            block.clear();
            block.asFloatBuffer().put(values, (int) first, count);
            block.limit(count * Float.BYTES);
            CRC32C crc = new CRC32C();
            crc.update(block.duplicate());
            crcs[c] = (int) crc.getValue();
            while (block.hasRemaining()) {
                out.write(block);
            }
        }
        return crcs;
    }

    /**
     * Fills {@code into} with the first {@code into.length} of the {@code stored} floats at
     * {@code position}, verifying every chunk it touches (a chunk is checked whole even when only
     * its start is wanted).
     */
    static void read(FileChannel channel, long position, long stored, float[] into, int[] crcs, String what,
            Progress progress, String message) throws IOException {
        long wanted = into.length;
        for (int c = 0; (long) c * CHUNK_FLOATS < wanted; c++) {
            progress.checkCancelled();
            long first = (long) c * CHUNK_FLOATS;
            int count = (int) Math.min(CHUNK_FLOATS, stored - first);
            MappedByteBuffer chunk = channel.map(FileChannel.MapMode.READ_ONLY, position + first * Float.BYTES,
                    (long) count * Float.BYTES);
            CRC32C crc = new CRC32C();
            crc.update(chunk.duplicate());
            if ((int) crc.getValue() != crcs[c]) {
                throw new Mismatch(what + " chunk " + c);
            }
            int copy = (int) Math.min(count, wanted - first);
            chunk.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, (int) first, copy);
            if (message != null) {
                progress.update(0.9 * (first + copy) / wanted, message);
            }
        }
    }
}
