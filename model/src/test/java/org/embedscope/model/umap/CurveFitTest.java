package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The expected (a, b) are scipy.optimize.curve_fit's on the same 300 samples, the fit umap-learn's
 * find_ab_params runs (0.1 gives umap-learn's well-known 1.577, 0.895).
 */
class CurveFitTest {
    @Test
    void defaultMinimumDistanceGivesUmapLearnsCurve() {
        CurveFit fit = CurveFit.of(0.1, 1.0);
        assertEquals(1.57694, fit.a(), 1e-4);
        assertEquals(0.89506, fit.b(), 1e-4);
    }

    @Test
    void zeroMinimumDistanceGivesUmapLearnsCurve() {
        CurveFit fit = CurveFit.of(0.0, 1.0);
        assertEquals(1.93281, fit.a(), 1e-4);
        assertEquals(0.79049, fit.b(), 1e-4);
    }

    @Test
    void looseMinimumDistanceMatchesScipy() {
        CurveFit fit = CurveFit.of(0.8, 1.0);
        assertEquals(0.23206, fit.a(), 1e-4);
        assertEquals(1.68123, fit.b(), 1e-4);
    }

    @Test
    void aLargerMinimumDistanceFlattensTheCurveNearZero() {
        CurveFit tight = CurveFit.of(0.1, 1.0);
        CurveFit loose = CurveFit.of(0.8, 1.0);
        // at d = 0.5 the loose curve is still close to 1, the tight one has fallen
        double tightAtHalf = 1 / (1 + tight.a() * Math.pow(0.5, 2 * tight.b()));
        double looseAtHalf = 1 / (1 + loose.a() * Math.pow(0.5, 2 * loose.b()));
        assertEquals(true, looseAtHalf > tightAtHalf + 0.1, looseAtHalf + " vs " + tightAtHalf);
    }
}
