package org.embedscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A cheap fingerprint of a file's content: its size and the CRC32C of sampled blocks (the head, the
 * tail and blocks evenly spaced between), so that it costs the same few reads for a 3 GB file as for
 * a small one. It tells apart files that a size and a modification time do not ({@code cp -p},
 * {@code tar -x} and {@code rsync -a} restore the old time); an edit that keeps the size and touches
 * only unsampled bytes would still go unnoticed, which for vector files (where a different model
 * differs everywhere) is what sampling accepts.
 */
final class ContentFingerprint {
    static final int BLOCK_BYTES = 4096;
    static final int SAMPLED_BLOCKS = 64;

    private ContentFingerprint() {
    }

    static long of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return of(channel);
        }
    }

    static long of(FileChannel channel) throws IOException {
        long size = channel.size();
        long hash = mix(0x9E3779B97F4A7C15L, size);
        ByteBuffer block = ByteBuffer.allocate(BLOCK_BYTES);
        long lastStart = Math.max(0, size - BLOCK_BYTES);
        boolean small = size <= (long) BLOCK_BYTES * SAMPLED_BLOCKS;
        for (int i = 0; i < SAMPLED_BLOCKS; i++) {
            // A small file is read whole; otherwise block 0 is the head and the last one the tail.
            long start = small ? (long) BLOCK_BYTES * i : lastStart * i / (SAMPLED_BLOCKS - 1);
            if (small && start >= size && i > 0) {
                break;
            }
            block.clear();
            long at = start;
            while (block.hasRemaining()) {
                int n = channel.read(block, at);
                if (n <= 0) {
                    break;
                }
                at += n;
            }
            block.flip();
            CRC32C crc = new CRC32C();
            crc.update(block);
            hash = mix(hash, start);
            hash = mix(hash, crc.getValue());
        }
        return hash;
    }

    /** A 64-bit multiply-xorshift step, so that equal block CRCs at different places do not cancel. */
    private static long mix(long hash, long value) {
        long h = (hash ^ value) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return h * 0x94D049BB133111EBL;
    }
}
