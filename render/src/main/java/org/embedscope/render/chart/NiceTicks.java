package org.embedscope.render.chart;

import java.util.ArrayList;
import java.util.List;

/** Axis ticks at round numbers (1, 2 or 5 times a power of ten) covering a range. */
final class NiceTicks {
    private NiceTicks() {
    }

    /** About {@code wanted} ticks from the first round number at or above min to the last at or below max. */
    static List<Double> of(double min, double max, int wanted) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            ticks.add(min);
            return ticks;
        }
        double step = step(max - min, wanted);
        for (double t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    static double step(double span, int wanted) {
        double raw = span / Math.max(1, wanted);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick's text with as many decimals as the step needs. */
    static String format(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
