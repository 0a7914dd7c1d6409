package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.projection.ColoringMode;
import org.embedscope.app.gui.projection.ProjectionMethod;
import org.embedscope.app.gui.projection.ProjectionSettings;
import org.embedscope.app.gui.projection.ProjectionViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Projection panel on a small file of three well-separated clusters (a*, b*, c*). */
@ExtendWith(ApplicationExtension.class)
class ProjectionPanelTest {
    private static final int PER_CLUSTER = 100;
    private MainViewModel model;
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, dir, writeClusters());
        model = window.model;
    }

    private Path writeClusters() throws Exception {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        String[] names = {"a", "b", "c"};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < PER_CLUSTER; i++) {
                text.append(names[c]).append(i);
                for (int d = 0; d < 6; d++) {
                    double centre = d == 2 * c ? 5 : d == 2 * c + 1 ? 3 : 0;
                    text.append(' ').append((float) (centre + random.nextGaussian() * 0.3));
                }
                text.append('\n');
            }
        }
        Path file = dir.resolve("clusters.txt");
        Files.writeString(file, text);
        return file;
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    private MapLayout waitForLayout(java.util.function.Predicate<MapLayout> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            MapLayout layout = window.app.workspace().layoutProperty().get();
            return layout != null && condition.test(layout);
        });
        return window.app.workspace().layoutProperty().get();
    }

    @Test
    void pcaOnChosenComponentsNamesTheAxes() throws Exception {
        waitForLayout(layout -> layout.title().equals("PCA"));
        ProjectionViewModel projection = window.app.projection();
            ProjectionSettings settings = projection.settings();
        WaitForAsyncUtils.asyncFx(() -> {
            settings.pcXProperty().set(2);
            settings.pcYProperty().set(3);
            projection.run();
        });
        MapLayout layout = waitForLayout(l -> l.axes().get(0).startsWith("PC2"));
        assertTrue(layout.axes().get(1).startsWith("PC3"), layout.axes().toString());
        assertEquals(6, projection.scree().size(), "one scree bar per component of the 6-dimensional data");
    }

    @Test
    void tsneDrawsWhileRunningAndKeepsClustersApart() throws Exception {
        waitForLayout(layout -> layout.title().equals("PCA"));
        AtomicBoolean sawLive = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            window.app.workspace().layoutProperty().addListener((o, old, layout) -> {
                if (layout != null && layout.live()) {
                    sawLive.set(true);
                }
            });
            ProjectionViewModel projection = window.app.projection();
            ProjectionSettings settings = projection.settings();
            settings.methodProperty().set(ProjectionMethod.TSNE);
            settings.perplexityProperty().set(15);
            settings.iterationsProperty().set(500);
            projection.run();
        });
        MapLayout result = waitForLayout(layout -> !layout.live() && layout.title().contains("KL"));
        assertTrue(sawLive.get(), "the map was shown while t-SNE ran");
        float[] xy = result.positions();
        // Every point is nearer its own cluster's centre than any other cluster's.
        double[][] centres = new double[3][2];
        for (int i = 0; i < 3 * PER_CLUSTER; i++) {
            centres[i / PER_CLUSTER][0] += xy[2 * i] / PER_CLUSTER;
            centres[i / PER_CLUSTER][1] += xy[2 * i + 1] / PER_CLUSTER;
        }
        for (int i = 0; i < 3 * PER_CLUSTER; i++) {
            int own = i / PER_CLUSTER;
            double mine = Math.hypot(xy[2 * i] - centres[own][0], xy[2 * i + 1] - centres[own][1]);
            for (int c = 0; c < 3; c++) {
                if (c != own) {
                    assertTrue(mine < Math.hypot(xy[2 * i] - centres[c][0], xy[2 * i + 1] - centres[c][1]));
                }
            }
        }
    }

    @Test
    void pauseHoldsTsneAndCancelBringsThePreviousMapBack(FxRobot robot) throws Exception {
        MapLayout pca = waitForLayout(layout -> layout.title().equals("PCA"));
        ProjectionViewModel projection = window.app.projection();
            ProjectionSettings settings = projection.settings();
        WaitForAsyncUtils.asyncFx(() -> {
            settings.methodProperty().set(ProjectionMethod.TSNE);
            settings.perplexityProperty().set(15);
            settings.iterationsProperty().set(100_000);
            projection.run();
        });
        waitForLayout(MapLayout::live);
        robot.interact(() -> window.view.showPanel("map"));
        robot.interact(() -> robot.lookup("#projection-pause").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projection.pausedProperty().get());
        assertEquals("Resume", robot.lookup("#projection-pause").queryButton().getText());
        robot.interact(() -> robot.lookup("#projection-cancel").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !projection.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(pca, window.app.workspace().layout(), "the map from before t-SNE is back");
        assertFalse(projection.pausedProperty().get());
        assertFalse(robot.lookup("#projection-run").queryButton().isDisabled(), "Project can be pressed again");
        assertTrue(projection.statusProperty().get().startsWith("Cancelled"), projection.statusProperty().get());
    }

    @Test
    void customAxesAreCosinesWithTheAxisExpressions() throws Exception {
        waitForLayout(layout -> layout.title().equals("PCA"));
        ProjectionViewModel projection = window.app.projection();
            ProjectionSettings settings = projection.settings();
        WaitForAsyncUtils.asyncFx(() -> {
            settings.methodProperty().set(ProjectionMethod.CUSTOM);
            settings.xAxisProperty().set("a0 - b0");
            settings.yAxisProperty().set("c0");
            projection.run();
        });
        MapLayout layout = waitForLayout(l -> l.title().equals("Custom axes"));
        var store = window.app.workspace().store();
        double[] x = difference(store.vector(store.indexOf("a0")), store.vector(store.indexOf("b0")));
        double[] y = toDouble(store.vector(store.indexOf("c0")));
        for (String word : List.of("a5", "b7", "c9")) {
            int i = store.indexOf(word);
            double[] v = toDouble(store.vector(i));
            assertEquals(cosine(v, x), layout.positions()[2 * i], 1e-5, word);
            assertEquals(cosine(v, y), layout.positions()[2 * i + 1], 1e-5, word);
        }
        assertEquals("cos(\u00b7, a0 - b0)", layout.axes().get(0));
    }

    @Test
    void clustersAndFaithfulnessColourTheMapWithALegend() throws Exception {
        waitForLayout(layout -> layout.title().equals("PCA"));
        var coloring = window.app.coloring();
        WaitForAsyncUtils.asyncFx(() -> {
            coloring.modeProperty().set(ColoringMode.CLUSTERS);
            coloring.clustersProperty().set(3);
            coloring.apply();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> titleOf(window.app.workspace().coloringProperty().get()).contains("clusters"));
        MapColoring clusters = window.app.workspace().coloringProperty().get();
        assertEquals(3, clusters.legend().size());
        // k-means recovers the three generated clusters: one colour per cluster, three colours in all.
        Set<Integer> all = new HashSet<>();
        for (int c = 0; c < 3; c++) {
            Set<Integer> inCluster = new HashSet<>();
            for (int i = 0; i < PER_CLUSTER; i++) {
                inCluster.add(clusters.colors()[c * PER_CLUSTER + i]);
            }
            assertEquals(1, inCluster.size());
            all.addAll(inCluster);
        }
        assertEquals(3, all.size());

        WaitForAsyncUtils.asyncFx(() -> {
            coloring.modeProperty().set(ColoringMode.FAITHFULNESS);
            coloring.neighboursProperty().set(5);
            coloring.apply();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> titleOf(window.app.workspace().coloringProperty().get()).startsWith("Faithfulness"));
        assertTrue(coloring.summaryProperty().get().startsWith("Faithfulness"), coloring.summaryProperty().get());
    }

    private static String titleOf(MapColoring coloring) {
        return coloring == null ? "" : coloring.title();
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static double[] difference(float[] a, float[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = (double) a[i] - b[i];
        }
        return d;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
