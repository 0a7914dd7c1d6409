package org.embedscope.app.gui.distances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.model.distance.DistanceSummary;
import org.junit.jupiter.api.Test;

/** The Distances panel's view model on four points whose distances are known by hand. */
class DistancesViewModelTest {
    /** (0,0), (1,0), (0,2), (3,0): nearest neighbours 1, 1, 2, 2; the six pair distances 1, 2, 3, sqrt 5, 2, sqrt 13. */
    private static VectorStore square() {
        return VectorStore.of(new String[] {"a", "b", "c", "d"}, new float[] {0, 0, 1, 0, 0, 2, 3, 0}, 2,
                DatasetInfo.of("four", "memory", "test"));
    }

    private final DistancesViewModel model = new DistancesViewModel(TestStores.workspaceWith(square()),
            new SameThreadTaskExecutor());

    private void fourPoints(Metric metric) {
        model.restore(new DistancesState(DistanceSource.RAW, metric, 2, 4, 4, 6000, 3));
    }

    @Test
    void computesTheHandCheckedNearestAndRandomDistances() {
        fourPoints(Metric.EUCLIDEAN);
        model.commands().get("compute").run();
        DistanceReport report = model.reportProperty().get();
        assertNotNull(report, model.messageProperty().get());
        assertEquals("", model.messageProperty().get());
        DistanceSummary s = report.summary();
        assertEquals(1.5, s.meanNearest(), 1e-12);
        // Every pair of distinct points about equally often: the mean of the six distances.
        double allPairs = (1 + 2 + 3 + Math.sqrt(5) + 2 + Math.sqrt(13)) / 6;
        assertEquals(allPairs, s.meanRandom(), 0.03);
        assertEquals(s.meanRandom() / 1.5, s.contrast(), 1e-12);
        assertEquals(List.of(2), report.sweep().stream().map(DistanceSummary::dims).toList());
        assertEquals(Math.sqrt(13), report.histogram().upper(), 1e-6);
        String headline = DistanceReading.headline(report);
        assertTrue(headline.startsWith("In 2 dimensions a word's nearest neighbour is on average 1.50 away"), headline);
    }

    @Test
    void aChoiceRecomputesOnceThereIsAResult() {
        fourPoints(Metric.EUCLIDEAN);
        model.compute();
        model.metricProperty().set(Metric.COSINE);
        DistanceReport report = model.reportProperty().get();
        assertEquals(Metric.COSINE, report.request().metric());
        // b and d point the same way (distance 0), c is at right angles to both (1), and the zero
        // vector a is at distance 1 from everything: nearest 1, 0, 1, 0.
        assertEquals(0.5, report.summary().meanNearest(), 1e-12);
    }

    @Test
    void tooManyDimensionsIsASentence() {
        fourPoints(Metric.EUCLIDEAN);
        model.dimsProperty().set(5);
        model.compute();
        assertNull(model.reportProperty().get());
        assertEquals("These vectors have 2 dimensions, so 5 is too many: choose 1 to 2.", model.messageProperty().get());
    }

    @Test
    void tooFewWordsIsASentence() {
        fourPoints(Metric.EUCLIDEAN);
        model.fromMostFrequentProperty().set(10);
        model.compute();
        assertEquals("The vocabulary has 4 words, fewer than the 10 to draw from: draw from at most 4.",
                model.messageProperty().get());
        model.fromMostFrequentProperty().set(4);
        model.sampleWordsProperty().set(2);
        model.compute();
        assertEquals("The number of sample words must be between 3 and 5000, not 2.", model.messageProperty().get());
        assertNull(model.reportProperty().get());
    }

    @Test
    void firstShowingComputesAndRestoringDoesNot() {
        fourPoints(Metric.EUCLIDEAN);
        assertNull(model.reportProperty().get(), "restoring starts nothing");
        model.setShowing(true);
        DistanceReport first = model.reportProperty().get();
        assertNotNull(first);
        model.setShowing(false);
        model.setShowing(true);
        assertTrue(first == model.reportProperty().get(), "shown again, it keeps its result");
        model.restore(new DistancesState(DistanceSource.RAW, Metric.COSINE, 1, 4, 4, 100, 9));
        assertTrue(first == model.reportProperty().get(), "restoring a state recomputes nothing");
        assertEquals(new DistancesState(DistanceSource.RAW, Metric.COSINE, 1, 4, 4, 100, 9), model.snapshot());
    }

    @Test
    void randomPointsIgnoreTheVocabularyAndOfferMoreDimensions() {
        model.restore(new DistancesState(DistanceSource.RANDOM, Metric.EUCLIDEAN, 50, 200, 4, 2000, 1));
        assertEquals(1000, model.maxDimsProperty().get());
        model.compute();
        DistanceReport report = model.reportProperty().get();
        assertNotNull(report, model.messageProperty().get());
        assertEquals(List.of(), report.sampleWords());
        List<Integer> sweep = report.sweep().stream().map(DistanceSummary::dims).toList();
        assertEquals(List.of(2, 5, 10, 20, 50, 100, 200, 500, 1000), sweep);
        assertTrue(report.sweep().get(0).contrast() > report.sweep().get(sweep.size() - 1).contrast());
    }
}
