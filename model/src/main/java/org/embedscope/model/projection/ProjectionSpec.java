package org.embedscope.model.projection;

/**
 * What a projection is asked to do, as plain data: which method and its settings. Specs are
 * immutable records of numbers, strings, lists and enums, so that they can be saved (JSON) and
 * given back; their constructors refuse settings that are wrong on their own, and
 * {@link #validateFor} refuses those that are wrong for the words and vectors at hand. Run one
 * with {@link Projection#run}.
 */
public sealed interface ProjectionSpec permits PcaSpec, TsneSpec, UmapSpec, CustomAxesSpec {
    /** 2 or 3. */
    int dims();

    /** Throws {@link InvalidProjectionException} when this spec cannot project {@code points} vectors of {@code dimension}. */
    void validateFor(int points, int dimension);

    static void requireDims(int dims) {
        if (dims != 2 && dims != 3) {
            throw new InvalidProjectionException("a map has 2 or 3 dimensions, not " + dims);
        }
    }
}
