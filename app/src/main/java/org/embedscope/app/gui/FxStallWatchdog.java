package org.embedscope.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * A debug aid that notices when the JavaFX thread is blocked: a daemon thread posts a ping to the
 * FX thread every few milliseconds, and a ping that waits longer than the threshold is a stall,
 * logged with the FX thread's stack as it was while blocked (which names the code to move off it).
 * On with {@code -Dembedscope.debug.watchdog=true}; GUI tests start one themselves.
 */
public final class FxStallWatchdog {
    public static final String PROPERTY = "embedscope.debug.watchdog";
    private static final long PING_MILLIS = 10;

    /** One stall: how long the FX thread did not answer, and where it was. */
    public record Stall(long millis, String stack) {
    }

    private final long thresholdNanos;
    private final List<Stall> stalls = new ArrayList<>();
    private final AtomicLong postedAt = new AtomicLong();
    private final Thread pinger;
    private volatile Thread fxThread;
    private volatile boolean running = true;

    private FxStallWatchdog(long thresholdMillis) {
        this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
        this.pinger = new Thread(this::watch, "embedscope-fx-watchdog");
        pinger.setDaemon(true);
    }

    /** Starts watching; stalls longer than {@code thresholdMillis} are recorded and logged. */
    public static FxStallWatchdog start(long thresholdMillis) {
        FxStallWatchdog watchdog = new FxStallWatchdog(thresholdMillis);
        watchdog.pinger.start();
        return watchdog;
    }

    /** Starts one when the debug property asks for it, else returns null. */
    public static FxStallWatchdog startIfEnabled() {
        return Boolean.getBoolean(PROPERTY) ? start(100) : null;
    }

    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    public synchronized void clear() {
        stalls.clear();
    }

    public void stop() {
        running = false;
        pinger.interrupt();
    }

    private void watch() {
        try {
            while (running) {
                long posted = System.nanoTime();
                postedAt.set(posted);
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    postedAt.compareAndSet(posted, 0);
                });
                String stack = null;
                while (running && postedAt.get() == posted) {
                    Thread.sleep(2);
                    long waited = System.nanoTime() - posted;
                    if (stack == null && waited > thresholdNanos && fxThread != null) {
                        stack = stackOf(fxThread);
                    }
                }
                long waited = System.nanoTime() - posted;
                if (waited > thresholdNanos && running) {
                    record(new Stall(TimeUnit.NANOSECONDS.toMillis(waited), stack == null ? "" : stack));
                }
                Thread.sleep(PING_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void record(Stall stall) {
        stalls.add(stall);
        System.err.println("embedscope: the JavaFX thread was blocked for " + stall.millis() + " ms at:\n"
                + stall.stack());
    }

    private static String stackOf(Thread thread) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }
}
