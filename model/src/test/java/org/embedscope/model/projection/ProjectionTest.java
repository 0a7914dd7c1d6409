package org.embedscope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.CancelledException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.RunControl;
import org.embedscope.model.VectorStore;
import org.embedscope.model.tsne.TsneOptions;
import org.junit.jupiter.api.Test;

/** The one projection API: word selections, validation, and each method run on chosen words. */
class ProjectionTest {
    /** Words on a line through (1, 1): x = t, y = t, except "off", which is not used in the list maps. */
    private static VectorStore line() {
        String[] words = {"a", "b", "c", "d", "mary", "off"};
        float[] v = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 9, -9};
        return VectorStore.of(words, v, 2, DatasetInfo.of("line", "test", "test"));
    }

    @Test
    void aWordListIsFoundInOrderWithLowerCaseFallbackAndTheMissingWordsNamed() {
        WordSelection.Resolved found = WordSelection.of(List.of("c", "Mary", "zebra", "a", "c", " ", "Zebra"))
                .resolve(line());
        assertArrayEquals(new int[] {2, 4, 0}, found.rows());
        assertEquals(List.of("zebra", "Zebra"), found.missing());
    }

    @Test
    void firstNAndAllAreRowPrefixes() {
        VectorStore store = line();
        assertArrayEquals(new int[] {0, 1, 2}, WordSelection.first(3).resolve(store).rows());
        assertEquals(6, WordSelection.first(100).resolve(store).rows().length);
        assertTrue(WordSelection.all().resolve(store).isPrefix());
        assertSame(store.rawVectors(), store.rowsOf(WordSelection.all().resolve(store).rows()));
        assertThrows(InvalidProjectionException.class, () -> WordSelection.first(0));
    }

    @Test
    void pcaOfAListPlacesItsWordsAlongTheirOwnLine() {
        // a, b, c, d lie on y = x, spaced sqrt(2) apart: PC1 is that line (sign: largest loading
        // positive), PC2 carries nothing. The mean of the four is (2.5, 2.5).
        ProjectionResult map = Projection.run(line(), WordSelection.of(List.of("a", "b", "c", "d")),
                PcaSpec.firstComponents(2), Progress.NONE, ProjectionListener.NONE);
        assertArrayEquals(new int[] {0, 1, 2, 3}, map.rows());
        double step = Math.sqrt(2);
        for (int i = 0; i < 4; i++) {
            assertEquals((i - 1.5) * step, map.positions()[2 * i], 1e-5);
            assertEquals(0, map.positions()[2 * i + 1], 1e-5);
        }
        ProjectionDetails.Pca details = (ProjectionDetails.Pca) map.details();
        assertEquals(1.0, details.explainedVarianceRatio()[0], 1e-9);
    }

    @Test
    void missingWordsAreReportedWithTheMapAndAListWithNoneFoundIsRefused() {
        ProjectionResult map = Projection.run(line(), WordSelection.of(List.of("a", "b", "nope")),
                PcaSpec.firstComponents(2), Progress.NONE, ProjectionListener.NONE);
        assertEquals(List.of("nope"), map.missing());
        assertEquals(2, map.points());
        InvalidProjectionException none = assertThrows(InvalidProjectionException.class, () -> Projection.run(line(),
                WordSelection.of(List.of("x", "y")), PcaSpec.firstComponents(2), Progress.NONE, ProjectionListener.NONE));
        assertEquals("none of the words is in the vocabulary: x, y", none.getMessage());
    }

    @Test
    void specsRefuseWhatCannotWork() {
        assertThrows(InvalidProjectionException.class, () -> new PcaSpec(2, List.of(1)));
        assertThrows(InvalidProjectionException.class, () -> new PcaSpec(4, List.of(1, 2, 3, 4)));
        assertThrows(InvalidProjectionException.class, () -> new CustomAxesSpec(List.of("he - she", " ")));
        assertThrows(InvalidProjectionException.class, () -> TsneSpec.defaults(2).withPerplexity(0.5));
        InvalidProjectionException pc = assertThrows(InvalidProjectionException.class, () -> Projection.run(line(),
                WordSelection.all(), new PcaSpec(2, List.of(1, 3)), Progress.NONE, ProjectionListener.NONE));
        assertEquals("principal components go from 1 to 2, not 3", pc.getMessage());
        InvalidProjectionException perplexity = assertThrows(InvalidProjectionException.class,
                () -> TsneSpec.defaults(2).validateFor(60, 100));
        assertEquals("perplexity 30 is too high for 60 words: it must be below a third of them (at most 19)",
                perplexity.getMessage());
        InvalidProjectionException manhattan = assertThrows(InvalidProjectionException.class,
                () -> new TsneSpec(2, 30, 0, 1000, 0, Metric.MANHATTAN, TsneOptions.Init.PCA, 0.5,
                        TsneOptions.Neighbours.AUTO));
        assertTrue(manhattan.getMessage().contains("cosine or euclidean"), manhattan.getMessage());
    }

    @Test
    void customAxesOnAListAreCosinesAndAZeroAxisIsRefused() {
        ProjectionResult map = Projection.run(line(), WordSelection.of(List.of("off", "a")),
                new CustomAxesSpec(List.of("a", "off")), Progress.NONE, ProjectionListener.NONE);
        // off = (9, -9) is orthogonal to a = (1, 1).
        assertArrayEquals(new float[] {0, 1, 1, 0}, map.positions(), 1e-6f);
        InvalidProjectionException zero = assertThrows(InvalidProjectionException.class, () -> Projection.run(line(),
                WordSelection.all(), new CustomAxesSpec(List.of("a - a", "b")), Progress.NONE, ProjectionListener.NONE));
        assertEquals("the axis 'a - a' is the zero vector", zero.getMessage());
    }

    @Test
    void tsneFramesCoverTheChosenRowsAndCancelStopsTheRun() {
        VectorStore store = clusters();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i += 2) {
            words.add("w" + i);
        }
        TsneSpec spec = TsneSpec.defaults(2).withPerplexity(5).withIterations(300);
        RunControl control = new RunControl();
        List<ProjectionFrame> frames = new ArrayList<>();
        assertThrows(CancelledException.class, () -> Projection.run(store, WordSelection.of(words), spec, control,
                (rows, frame) -> {
                    assertEquals(20, rows.length);
                    assertEquals(40, frame.positions().length);
                    frames.add(frame);
                    control.cancel();
                }));
        assertEquals(1, frames.size(), "the run stopped after the frame that cancelled it");
        assertEquals(300, frames.get(0).totalIterations());
    }

    private static VectorStore clusters() {
        int n = 40;
        String[] names = new String[n];
        float[] v = new float[n * 3];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            names[i] = "w" + i;
            for (int d = 0; d < 3; d++) {
                v[i * 3 + d] = (float) ((d == i % 3 ? 5 : 0) + random.nextGaussian());
            }
        }
        return VectorStore.of(names, v, 3, DatasetInfo.of("clusters", "test", "test"));
    }
}
