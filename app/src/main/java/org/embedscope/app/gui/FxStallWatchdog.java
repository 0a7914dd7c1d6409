package org.embedscope.app.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * A debug aid that notices when the JavaFX thread is blocked: a daemon thread posts a ping to the
 * FX thread every few milliseconds, and a ping that waits longer than the threshold is a stall,
 * logged with the FX thread's stack as it was while blocked (which names the code to move off it),
 * how much CPU time the FX thread itself used meanwhile, and where it was in samples taken through
 * the stall ({@link StallSamples}). On with {@code -Dembedscope.debug.watchdog=true}; GUI tests
 * start one themselves.
 */
public final class FxStallWatchdog {
    public static final String PROPERTY = "embedscope.debug.watchdog";
    private static final long PING_MILLIS = 10;
    private static final long SAMPLE_MILLIS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * One stall: how long the FX thread did not answer, the CPU time it used meanwhile (-1 if the JVM
     * cannot tell), whether it was waiting (parked, in wait() or on a monitor) when first sampled,
     * where it was then, a summary of the samples taken through the stall, and per sample our
     * methods (org.embedscope, tests excepted) on the FX thread's stack, as "class.method".
     */
    public record Stall(long millis, long cpuMillis, boolean waiting, String stack, String samples,
            List<List<String>> sampledFrames) {
        /**
         * The FX thread's CPU time in our code over the stall, estimated as its CPU time times the share
         * of samples inside our code (the first stack alone when there was one sample); the whole stall
         * when the CPU time is unknown. On a loaded machine a short piece of work can wait for a core
         * for longer than the threshold, and one stall can hold several events, ours and the toolkit's
         * (a layout or CSS pass): this tells them apart.
         */
        public long ourCpuMillis() {
            return ourCpuMillisExcept(method -> false);
        }

        /** {@link #ourCpuMillis()} without the samples in which one of our methods on the stack is excused. */
        public long ourCpuMillisExcept(java.util.function.Predicate<String> excused) {
            long busy = cpuMillis < 0 ? millis : cpuMillis;
            if (sampledFrames.size() <= 1) {
                List<String> ours = stack.lines().map(FxStallWatchdog::ourMethod).filter(m -> m != null).toList();
                return !ours.isEmpty() && ours.stream().noneMatch(excused) ? busy : 0;
            }
            long counted = sampledFrames.stream().filter(frames -> !frames.isEmpty() && frames.stream().noneMatch(excused))
                    .count();
            return busy * counted / sampledFrames.size();
        }

        /** Whether our code kept the FX thread busy, or waiting, for longer than the threshold. */
        public boolean ourCodeBusyFor(long thresholdMillis) {
            return ourCodeBusyFor(thresholdMillis, method -> false);
        }

        /** The same, without the samples (or the waits) in which one of our methods on the stack is excused. */
        public boolean ourCodeBusyFor(long thresholdMillis, java.util.function.Predicate<String> excused) {
            List<String> ours = stack.lines().map(FxStallWatchdog::ourMethod).filter(m -> m != null).toList();
            boolean waitingInOurCode = waiting && !ours.isEmpty() && ours.stream().noneMatch(excused);
            return ourCpuMillisExcept(excused) > thresholdMillis || (waitingInOurCode && millis > thresholdMillis);
        }
    }

    /** "class.method" of a stack line's frame when it is ours (see {@link StallSamples#isOurs}), else null. */
    private static String ourMethod(String line) {
        String frame = line.trim();
        int at = frame.indexOf("org.embedscope.");
        if (at < 0) {
            return null;
        }
        int paren = frame.indexOf('(', at);
        String method = paren < 0 ? frame.substring(at) : frame.substring(at, paren);
        int dot = method.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        boolean ours = StallSamples.isOurs(new StackTraceElement(method.substring(0, dot), method.substring(dot + 1), null, -1));
        return ours ? method : null;
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
        // Started on the FX thread (the app's start), the work right after it is watched from the start.
        if (Platform.isFxApplicationThread()) {
            fxThread = Thread.currentThread();
        }
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
                Thread fx = fxThread;
                long cpuBefore = cpuTime(fx);
                postedAt.set(posted);
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    postedAt.compareAndSet(posted, 0);
                });
                String stack = null;
                boolean waiting = false;
                StallSamples samples = new StallSamples();
                long nextSample = 0;
                while (running && postedAt.get() == posted) {
                    Thread.sleep(2);
                    long waited = System.nanoTime() - posted;
                    fx = fxThread;
                    if (waited > thresholdNanos && fx != null && waited >= nextSample) {
                        // One snapshot for stack and state: read apart, a thread that moved on from our
                        // code to wait in the toolkit's looked as if it waited in ours.
                        ThreadInfo info = THREADS.getThreadInfo(fx.getId(), Integer.MAX_VALUE);
                        if (info == null) {
                            continue;
                        }
                        StackTraceElement[] frames = info.getStackTrace();
                        if (stack == null) {
                            stack = StallSamples.text(frames);
                            waiting = isWaiting(info.getThreadState());
                        }
                        samples.add(frames);
                        nextSample = waited + TimeUnit.MILLISECONDS.toNanos(SAMPLE_MILLIS);
                    }
                }
                long waited = System.nanoTime() - posted;
                if (waited > thresholdNanos && running) {
                    long cpu = cpuBefore < 0 ? -1 : cpuTime(fxThread) - cpuBefore;
                    record(new Stall(TimeUnit.NANOSECONDS.toMillis(waited), cpu < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(cpu),
                            waiting, stack == null ? "" : stack, samples.summary(), samples.ourFrames()));
                }
                Thread.sleep(PING_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isWaiting(Thread.State state) {
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** The thread's CPU time in nanoseconds, or -1 when unknown (before the first ping, or not supported). */
    private static long cpuTime(Thread thread) {
        if (thread == null || !THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        try {
            return THREADS.getThreadCpuTime(thread.getId());
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private synchronized void record(Stall stall) {
        stalls.add(stall);
        System.err.println("embedscope: the JavaFX thread was blocked for " + stall.millis() + " ms (its CPU time "
                + stall.cpuMillis() + " ms, in our code about " + stall.ourCpuMillis() + " ms"
                + (stall.waiting() ? ", waiting" : "") + ") at:\n" + stall.stack() + stall.samples());
    }
}
