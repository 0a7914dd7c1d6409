package org.embedscope.model.io;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Chunk buffers shared by the workers of one read, so each worker reuses a few megabytes instead of
 * allocating per chunk; the pool and its buffers die with the read.
 */
final class BufferPool {
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();
    private final int minimum;

    BufferPool(int minimum) {
        this.minimum = minimum;
    }

    byte[] take(int length) {
        byte[] buffer = free.poll();
        if (buffer == null || buffer.length < length) {
            buffer = new byte[Math.max(length, minimum)];
        }
        return buffer;
    }

    void give(byte[] buffer) {
        free.offer(buffer);
    }
}
