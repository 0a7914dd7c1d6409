package org.embedscope.model.tsne;

import org.embedscope.model.linalg.VectorSupport;

/**
 * Attractive forces of rows {@code [from, to)}: {@code forces[i] = sum_j p_ij w_ij (y_i - y_j)}
 * with {@code w_ij = 1 / (1 + |y_i - y_j|^2)}, in float over interleaved float positions.
 */
interface AttractionKernel {
    void rows(EdgeBlocks edges, float[] y, int from, int to, double[] forces);

    static AttractionKernel best() {
        return Holder.BEST;
    }

    static AttractionKernel plain() {
        return Holder.PLAIN;
    }

    final class Holder {
        static final AttractionKernel PLAIN = new PlainAttractionKernel();
        static final AttractionKernel BEST = VectorSupport.loadOr("org.embedscope.model.tsne.SimdAttractionKernel",
                AttractionKernel.class, PLAIN);

        private Holder() {
        }
    }
}
