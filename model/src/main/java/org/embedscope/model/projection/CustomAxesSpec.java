package org.embedscope.model.projection;

import java.util.List;

/**
 * A map whose axes are vector expressions (x = he - she, y = rich - poor); each coordinate is the
 * cosine between a word and the axis.
 */
public record CustomAxesSpec(List<String> axes) implements ProjectionSpec {
    public CustomAxesSpec {
        ProjectionSpec.requireDims(axes.size());
        String[] stripped = new String[axes.size()];
        for (int a = 0; a < stripped.length; a++) {
            String text = axes.get(a);
            if (text == null || text.isBlank()) {
                throw new InvalidProjectionException("the " + "xyz".charAt(a) + " axis needs a word or an expression");
            }
            stripped[a] = text.strip();
        }
        axes = List.of(stripped);
    }

    @Override
    public int dims() {
        return axes.size();
    }

    @Override
    public void validateFor(int points, int dimension) {
        if (points < 1) {
            throw new InvalidProjectionException("there are no words to place on the axes");
        }
    }
}
