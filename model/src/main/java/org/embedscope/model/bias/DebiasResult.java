package org.embedscope.model.bias;

import java.util.List;
import org.embedscope.model.VectorStore;

/**
 * Hard-debiased vectors and what was done to them.
 *
 * @param vectors     a new store: every vector of unit length, the original's words and metadata
 * @param neutralised how many words lost their component along the direction
 * @param kept        how many words were kept as gender-specific (only normalised)
 * @param equalised   the pairs that were equalised (both words found, in any of their casings)
 */
public record DebiasResult(VectorStore vectors, double[] direction, int neutralised, int kept,
        List<WordPair> equalised) {
    public DebiasResult {
        equalised = List.copyOf(equalised);
    }
}
