package org.embedscope.app.gui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the FX thread was through one stall, as a poor man's profiler: each sample is counted under
 * its innermost frame of our own code (org.embedscope) and, inside it, its innermost frame, so a long
 * stall (a window built in one go) names the few calls that took most of it rather than one instant.
 */
final class StallSamples {
    private static final String OURS = "org.embedscope.";
    private static final String SELF = FxStallWatchdog.class.getName();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> inclusive = new LinkedHashMap<>();
    private int total;
    private final java.util.List<java.util.List<String>> ourFrames = new java.util.ArrayList<>();

    void add(StackTraceElement[] frames) {
        total++;
        String top = frames.length == 0 ? "(no stack)" : frames[0].toString();
        String ours = "(toolkit only)";
        for (StackTraceElement frame : frames) {
            if (isOurs(frame)) {
                ours = frame.toString();
                break;
            }
        }
        counts.merge(ours + "  <-  innermost " + top, 1, Integer::sum);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (StackTraceElement frame : frames) {
            String method = frame.getClassName() + "." + frame.getMethodName();
            if (isOurs(frame) && seen.add(method)) {
                inclusive.merge(method, 1, Integer::sum);
            }
        }
        ourFrames.add(java.util.List.copyOf(seen));
    }

    /** The most frequent places, most samples first; empty for fewer than two samples. */
    String summary() {
        if (total < 2) {
            return "";
        }
        StringBuilder text = new StringBuilder("    samples through the stall (" + total + "):\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> text.append("      ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        text.append("    our methods on the stack, by samples:\n");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> text.append("      ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        return text.toString();
    }

    /** Samples taken. */
    int total() {
        return total;
    }

    /** Per sample, our methods on the FX thread's stack, innermost first (empty: the toolkit alone). */
    java.util.List<java.util.List<String>> ourFrames() {
        return java.util.List.copyOf(ourFrames);
    }

    /** A frame of the app, model or render module; not the watchdog's, not a test's own frames. */
    static boolean isOurs(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith(OURS) && !name.startsWith(SELF) && !name.contains("Test$") && !name.endsWith("Test");
    }

    static String text(StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : frames) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }
}
