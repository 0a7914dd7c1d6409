package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.embedscope.model.Vocabulary;
import org.junit.jupiter.api.Test;

class PrefixIndexTest {
    private final PrefixIndex index = PrefixIndex.of(
            Vocabulary.of(new String[] {"the", "paris", "party", "Paris", "par", "apart", "pa"}));

    @Test
    void completesMostFrequentFirstIgnoringCase() {
        assertEquals(List.of("paris", "party", "Paris"), index.complete("PAR", 3));
        assertEquals(List.of("paris", "party", "Paris", "par", "pa"), index.complete("pa", 10));
    }

    @Test
    void noMatchOrEmptyPrefixGivesNothing() {
        assertEquals(List.of(), index.complete("zz", 5));
        assertEquals(List.of(), index.complete("", 5));
    }
}
