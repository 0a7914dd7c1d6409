package org.embedscope.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Opens a named pipe for reading without hanging: opening one blocks until some program opens it
 * for writing, which may never happen. The open runs on a daemon thread; after a wait (or a
 * cancel) it is released by opening the pipe for writing ourselves, which ends it at once.
 */
final class PipeOpener {
    /** System property: how long to wait for a writer, in milliseconds. */
    static final String WAIT_PROPERTY = "embedscope.pipeWaitMillis";
    private static final long DEFAULT_WAIT_MILLIS = 10_000;

    private PipeOpener() {
    }

    static InputStream open(Path pipe, String name, Progress progress) throws IOException {
        CompletableFuture<InputStream> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                // FileInputStream reads plainly; a channel-backed stream asks pipes for a position and fails.
                opening.complete(new java.io.FileInputStream(pipe.toFile()));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "open " + name);
        opener.setDaemon(true);
        opener.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.getLong(WAIT_PROPERTY,
                DEFAULT_WAIT_MILLIS));
        progress.update(-1, "Waiting for a program to write to " + name);
        try {
            while (true) {
                try {
                    return opening.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        release(pipe, opening);
                        throw DataFormatException.inFile(name, "is a pipe that nothing is writing to");
                    }
                    try {
                        progress.checkCancelled();
                    } catch (RuntimeException cancelled) {
                        release(pipe, opening);
                        throw cancelled;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(pipe, opening);
            throw new IOException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Lets the blocked open finish (a writer appears and leaves), then closes what it opened. */
    private static void release(Path pipe, CompletableFuture<InputStream> opening) {
        try (OutputStream writer = Files.newOutputStream(pipe, StandardOpenOption.WRITE)) {
            writer.flush();
        } catch (IOException | RuntimeException ignored) {
            // Not a pipe we can write to: the daemon thread stays blocked but holds nothing.
        }
        opening.thenAccept(in -> {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing a pipe that has ended cannot fail in a way that matters.
            }
        });
    }
}
