package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.embedscope.model.Progress;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

/** Which repulsion a run uses, and that the FFT's maps match Barnes-Hut's. */
class RepulsionChoiceTest {
    private static final TsneOptions.Repulsion AUTO = TsneOptions.Repulsion.AUTO;

    @Test
    void autoKeepsBarnesHutForSmallAnd3dMapsAndChoosesByWidthOtherwise() {
        int big = TsneOptions.Repulsion.FFT_FROM;
        assertEquals(TsneOptions.Repulsion.BARNES_HUT, AUTO.resolve(big - 1, 2));
        assertEquals(TsneOptions.Repulsion.BARNES_HUT, AUTO.resolve(big * 10, 3));
        assertEquals(AUTO, AUTO.resolve(big, 2));
        assertEquals(TsneOptions.Repulsion.FFT, TsneOptions.Repulsion.FFT.resolve(10, 2));
        assertEquals(TsneOptions.Repulsion.BARNES_HUT, TsneOptions.Repulsion.BARNES_HUT.resolve(big * 10, 2));
    }

    @Test
    void fftIsRefusedFor3dMaps() {
        assertThrows(IllegalArgumentException.class,
                () -> TsneOptions.defaults().withRepulsion(TsneOptions.Repulsion.FFT).withDims(3));
    }

    /** A descent of n points on a line of the given width; its step's repulsion is chosen by width. */
    private static int fftStepsOnALine(int n, double width) {
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = width * i / (n - 1);
            y[2 * i + 1] = (i % 7) * 0.01;
        }
        // each point's neighbour is the next one: a chain of affinities
        int[] starts = new int[n + 1];
        int[] columns = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            starts[i + 1] = i + 1;
            columns[i] = (i + 1) % n;
            values[i] = 1f / n;
        }
        GradientDescent descent = new GradientDescent(new SparseMatrix(n, starts, columns, values), y, 2, 0.5, AUTO);
        descent.step(1, 0.5, 10, false, Progress.NONE);
        return descent.fftSteps();
    }

    @Test
    void autoUsesTheFftOnNarrowLargeMapsOnly() {
        int n = TsneOptions.Repulsion.FFT_FROM;
        assertEquals(1, fftStepsOnALine(n, FftRepulsion.AUTO_MAX_WIDTH / 2));
        assertEquals(0, fftStepsOnALine(n, FftRepulsion.AUTO_MAX_WIDTH * 2));
        assertEquals(0, fftStepsOnALine(n - 1, FftRepulsion.AUTO_MAX_WIDTH / 2));
    }

    @Test
    void fftAndBarnesHutRunsReachTheSameKlDivergence() {
        int n = 1200;
        float[] data = SyntheticData.blobs(6, n / 6, 10, 1.0, 5);
        TsneOptions options = TsneOptions.defaults().withIterations(400).withInit(TsneOptions.Init.RANDOM);
        TsneResult bh = new TsneRun(options.withRepulsion(TsneOptions.Repulsion.BARNES_HUT), data, n, 10)
                .run(Progress.NONE, TsneListener.NONE);
        TsneResult fft = new TsneRun(options.withRepulsion(TsneOptions.Repulsion.FFT), data, n, 10)
                .run(Progress.NONE, TsneListener.NONE);
        assertEquals(0, bh.fftIterations());
        assertEquals(400, fft.fftIterations());
        System.out.printf("KL after 400 iterations on %d points: Barnes-Hut %.4f, FFT %.4f%n", n, bh.klDivergence(),
                fft.klDivergence());
        assertEquals(bh.klDivergence(), fft.klDivergence(), 0.03 * bh.klDivergence());
        assertTrue(fft.klDivergence() < 2, "KL " + fft.klDivergence());
    }
}
