package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label widths are measured once per text and font, and measured again after a font change. */
class TextWidthsTest {
    @Test
    void eachTextIsMeasuredOnceUntilTheFontChanges() {
        List<String> measuredTexts = new ArrayList<>();
        TextWidths widths = new TextWidths(text -> {
            measuredTexts.add(text);
            return 7.0 * text.length();
        });
        assertEquals(35.0, widths.of("paris"));
        assertEquals(35.0, widths.of("paris"));
        assertEquals(14.0, widths.of("of"));
        assertEquals(List.of("paris", "of"), measuredTexts);
        assertEquals(3, widths.asked());
        assertEquals(2, widths.measured());

        // Twice the font size: the old widths would be wrong.
        widths.reset(text -> {
            measuredTexts.add(text);
            return 14.0 * text.length();
        });
        assertEquals(70.0, widths.of("paris"));
        assertEquals(List.of("paris", "of", "paris"), measuredTexts);
    }

    @Test
    void aFullCacheStartsOverRatherThanGrowing() {
        int[] measurements = {0};
        TextWidths widths = new TextWidths(text -> ++measurements[0]);
        for (int i = 0; i < TextWidths.MAX_ENTRIES; i++) {
            widths.of("w" + i);
        }
        widths.of("w0");
        assertEquals(TextWidths.MAX_ENTRIES, measurements[0], "all still known");
        widths.of("new word");
        widths.of("w0");
        assertEquals(TextWidths.MAX_ENTRIES + 2, measurements[0], "cleared when full, then measured again");
    }
}
