package org.embedscope.model.tsne;

import org.embedscope.model.linalg.VectorSupport;

/**
 * Sums one point's Student-t interactions with an {@link InteractionList}: with
 * {@code q = 1 / (1 + |p - y_j|^2)} and weights {@code m_j}, {@code out[0] = sum m_j q} and
 * {@code out[1 + d] = sum m_j q^2 (p - y_j)_d}.
 */
interface ForceKernel {
    void sum(InteractionList list, float px, float py, float pz, double[] out);

    static ForceKernel best() {
        return Holder.BEST;
    }

    static ForceKernel plain() {
        return Holder.PLAIN;
    }

    final class Holder {
        static final ForceKernel PLAIN = new PlainForceKernel();
        static final ForceKernel BEST = VectorSupport.loadOr("org.embedscope.model.tsne.SimdForceKernel",
                ForceKernel.class, PLAIN);

        private Holder() {
        }
    }
}
