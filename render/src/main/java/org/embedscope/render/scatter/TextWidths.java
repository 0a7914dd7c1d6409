package org.embedscope.render.scatter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Remembers how wide each label's text is in one font. Measuring lays the text out on the FX thread
 * (the label layer's cost when a new map or a zoom brings new words into view); the same words come
 * back in every map of a dataset, so widths are kept by text, across new point sets, until the font
 * changes ({@link #reset}). Bounded, so a session through many vocabularies does not grow it forever.
 */
final class TextWidths {
    static final int MAX_ENTRIES = 200_000;
    private final Map<String, Float> widths = new HashMap<>();
    private ToDoubleFunction<String> measure;
    private long measured;
    private long asked;

    TextWidths(ToDoubleFunction<String> measure) {
        this.measure = measure;
    }

    /** The text's width, measured the first time it is asked for in the current font. */
    double of(String text) {
        asked++;
        Float known = widths.get(text);
        if (known != null) {
            return known;
        }
        if (widths.size() >= MAX_ENTRIES) {
            widths.clear();
        }
        measured++;
        float width = (float) measure.applyAsDouble(text);
        widths.put(text, width);
        return width;
    }

    /** A new font: every width is measured again, with {@code newMeasure}. */
    void reset(ToDoubleFunction<String> newMeasure) {
        measure = newMeasure;
        widths.clear();
    }

    /** How many texts were actually measured, of how many asked for (the cache's hit rate). */
    long measured() {
        return measured;
    }

    long asked() {
        return asked;
    }
}
