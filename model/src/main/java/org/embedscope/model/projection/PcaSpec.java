package org.embedscope.model.projection;

import java.util.List;
import java.util.stream.IntStream;

/**
 * PCA onto chosen principal components.
 *
 * @param components 1-based principal components, one per map dimension (PC1, PC2[, PC3] by default)
 */
public record PcaSpec(int dims, List<Integer> components) implements ProjectionSpec {
    public PcaSpec {
        ProjectionSpec.requireDims(dims);
        components = List.copyOf(components);
        if (components.size() != dims) {
            throw new InvalidProjectionException("PCA needs " + dims + " components (one per dimension), not "
                    + components.size());
        }
        for (int c : components) {
            if (c < 1) {
                throw new InvalidProjectionException("principal components are numbered from 1, not " + c);
            }
        }
    }

    /** The first {@code dims} components. */
    public static PcaSpec firstComponents(int dims) {
        ProjectionSpec.requireDims(dims);
        return new PcaSpec(dims, IntStream.rangeClosed(1, dims).boxed().toList());
    }

    @Override
    public void validateFor(int points, int dimension) {
        if (points < 2) {
            throw new InvalidProjectionException("PCA needs at least 2 words, not " + points);
        }
        for (int c : components) {
            if (c > dimension) {
                throw new InvalidProjectionException("principal components go from 1 to " + dimension + ", not " + c);
            }
        }
    }

    /** The components 0-based, as the PCA computes them. */
    public int[] zeroBased() {
        return components.stream().mapToInt(c -> c - 1).toArray();
    }
}
