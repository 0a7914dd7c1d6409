package org.embedscope.app.gui;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.model.simd.Simd;

/**
 * Does on a background thread, while the toolkit starts and the dataset loads, the one-time work the
 * FX thread would otherwise do on first use: choosing the SIMD kernels (a reflective probe of the
 * Vector API, 160 ms on the FX thread when the neighbour search was first made), parsing the bundled
 * bias lists, and loading the classes of the panels' views and the controls they use (class loading
 * was the largest single cost in the watchdog's samples of startup). Classes are loaded, not
 * initialised: JavaFX classes must be initialised on the FX thread or after the toolkit is up.
 */
final class StartupWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final List<String> CLASSES = List.of(
            "org.embedscope.app.gui.map.MapView",
            "org.embedscope.app.gui.projection.ProjectionView",
            "org.embedscope.app.gui.projection.ColoringView",
            "org.embedscope.app.gui.projection.WordSourceView",
            "org.embedscope.app.gui.neighbors.NeighborsView",
            "org.embedscope.app.gui.analogy.AnalogyView",
            "org.embedscope.app.gui.bias.BiasView",
            "org.embedscope.app.gui.bias.DirectionView",
            "org.embedscope.app.gui.bias.WordsView",
            "org.embedscope.app.gui.bias.PlaneView",
            "org.embedscope.app.gui.bias.WeatView",
            "org.embedscope.app.gui.bias.DebiasView",
            "org.embedscope.app.gui.bias.IndirectView",
            "org.embedscope.app.gui.evaluate.EvaluateView",
            "org.embedscope.app.gui.evaluate.AnalogyResultsView",
            "org.embedscope.app.gui.distances.DistancesView",
            "org.embedscope.render.chart.StripPlot",
            "javafx.scene.control.TableView",
            "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.TableColumn",
            "javafx.scene.control.skin.TableColumnHeader",
            "javafx.scene.control.ListView",
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.Spinner",
            "javafx.scene.control.skin.SpinnerSkin",
            "javafx.scene.control.TitledPane",
            "javafx.scene.control.skin.TitledPaneSkin",
            "javafx.scene.control.ComboBox",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.TextArea",
            "javafx.scene.control.skin.TextAreaSkin",
            "javafx.scene.control.MenuButton",
            "javafx.scene.control.skin.MenuButtonSkin",
            "javafx.scene.control.ProgressBar",
            "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.chart.BarChart",
            "javafx.scene.chart.NumberAxis",
            "javafx.scene.chart.CategoryAxis",
            "org.kordamp.ikonli.javafx.FontIcon");

    private StartupWarmUp() {
    }

    /** Starts the warm-up thread, once per process. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(StartupWarmUp::run, "embedscope-startup-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            Simd.kernels();
            BundledBiasLists.definitionalPairs();
            BundledBiasLists.professionWords();
            BundledBiasLists.weatTests();
        } catch (RuntimeException e) {
            // A missing list is reported where it is used; warming up is only an optimisation.
        }
        ClassLoader loader = StartupWarmUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // A renamed class costs only the time this would have saved.
            }
        }
    }
}
