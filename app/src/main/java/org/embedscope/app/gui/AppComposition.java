package org.embedscope.app.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.embedscope.app.gui.analogy.AnalogyView;
import org.embedscope.app.gui.analogy.AnalogyViewModel;
import org.embedscope.app.gui.bias.BiasView;
import org.embedscope.app.gui.bias.BiasViewModel;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.distances.DistancesView;
import org.embedscope.app.gui.distances.DistancesViewModel;
import org.embedscope.app.gui.evaluate.EvaluateView;
import org.embedscope.app.gui.evaluate.EvaluateViewModel;
import org.embedscope.app.gui.export.ExportViewModel;
import org.embedscope.app.gui.lesson.LessonViewModel;
import org.embedscope.app.gui.map.IsolationViewModel;
import org.embedscope.app.gui.map.MapViewModel;
import org.embedscope.app.gui.neighbors.NeighborsView;
import org.embedscope.app.gui.neighbors.NeighborsViewModel;
import org.embedscope.app.gui.panel.Panel;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.projection.ColoringViewModel;
import org.embedscope.app.gui.projection.ProjectionPanelModel;
import org.embedscope.app.gui.projection.ProjectionView;
import org.embedscope.app.gui.projection.ProjectionViewModel;
import org.embedscope.app.gui.search.SearchViewModel;
import org.embedscope.app.gui.session.BookmarksPanelModel;
import org.embedscope.app.gui.session.BookmarksView;
import org.embedscope.app.gui.session.SessionViewModel;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.app.lesson.LessonLibrary;

/**
 * The composition root: creates the shared workspace, every view model and the list of side
 * panels, and wires what crosses panels. Adding a panel is one entry in {@link #panels()}.
 */
public final class AppComposition {
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Workspace workspace = new Workspace();
    private final MapViewModel map;
    private final NeighborsViewModel neighbors;
    private final ProjectionViewModel projection;
    private final ColoringViewModel coloring;
    private final MainViewModel main;
    private final SearchViewModel search;
    private final IsolationViewModel isolation;
    private final SessionViewModel sessions;
    private final ExportViewModel export;
    private final javafx.beans.property.ObjectProperty<Theme> theme =
            new javafx.beans.property.SimpleObjectProperty<>(this, "theme", Theme.DARK);
    private final javafx.beans.property.StringProperty frontPanel =
            new javafx.beans.property.SimpleStringProperty(this, "frontPanel", "neighbours");
    private final javafx.beans.property.BooleanProperty presenter =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenter", false);
    private final List<Panel<?>> panels;
    private final LessonViewModel lessons;

    public AppComposition(TaskExecutor executor, Dialogs dialogs, RecentFiles recentFiles) {
        this(executor, dialogs, recentFiles, null);
    }

    /** @param lessonFolder where the user's own lessons are, or null for the bundled ones only */
    public AppComposition(TaskExecutor executor, Dialogs dialogs, RecentFiles recentFiles,
            java.nio.file.Path lessonFolder) {
        this.executor = executor;
        this.dialogs = dialogs;
        map = new MapViewModel(workspace);
        neighbors = new NeighborsViewModel(workspace, executor);
        AnalogyViewModel analogy = new AnalogyViewModel(workspace, executor);
        // Created before the main view model, whose dataset listener must come second: a new dataset
        // is projected as soon as it is set.
        projection = new ProjectionViewModel(workspace, executor, dialogs);
        coloring = new ColoringViewModel(workspace, executor);
        EvaluateViewModel evaluate = new EvaluateViewModel(workspace, executor, dialogs);
        BiasViewModel bias = new BiasViewModel(workspace, executor, dialogs);
        search = new SearchViewModel(workspace, executor);
        BookmarksPanelModel bookmarks = new BookmarksPanelModel();
        isolation = new IsolationViewModel(workspace, executor);
        export = new ExportViewModel(workspace, map, executor, dialogs);
        main = new MainViewModel(workspace, executor, dialogs, recentFiles, projection);
        panels = List.of(
                new Panel<>("neighbours", "Neighbours", neighbors, NeighborsView::new),
                new Panel<>("analogy", "Analogy", analogy, AnalogyView::new),
                new Panel<>("map", "Map", new ProjectionPanelModel(projection, coloring, neighbors.mapAnnotations()),
                        ProjectionView::new),
                new Panel<>("bias", "Bias", bias, BiasView::new),
                new Panel<>("distances", "Distances", new DistancesViewModel(workspace, executor), DistancesView::new),
                new Panel<>("evaluate", "Evaluate", evaluate, EvaluateView::new),
                new Panel<>("bookmarks", "Bookmarks", bookmarks, BookmarksView::new));
        linkDimensions();
        map.labelColumnProperty().bindBidirectional(coloring.labelColumnProperty());
        map.labelDensityProperty().bindBidirectional(coloring.labelsProperty());
        map.pointSizeProperty().bindBidirectional(coloring.pointSizeProperty());
        map.lightProperty().bind(theme.isEqualTo(Theme.LIGHT));
        map.presenterProperty().bind(presenter);
        // Last: a session captures and restores everything built above.
        sessions = new SessionViewModel(this, dialogs, recentFiles);
        bookmarks.attach(sessions);
        lessons = new LessonViewModel(this, LessonLibrary.load(lessonFolder));
    }

    /** The map's 3D button and the projection's 2D/3D setting are one choice. */
    private void linkDimensions() {
        var dims = projection.settings().dimsProperty();
        map.threeDProperty().set(dims.get() == 3);
        map.threeDProperty().addListener((o, was, on) -> dims.set(on ? 3 : 2));
        dims.addListener((o, old, d) -> map.threeDProperty().set(d.intValue() == 3));
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Workspace workspace() {
        return workspace;
    }

    public MainViewModel main() {
        return main;
    }

    public MapViewModel map() {
        return map;
    }

    public ProjectionViewModel projection() {
        return projection;
    }

    public ColoringViewModel coloring() {
        return coloring;
    }

    /** Dark or light; the window follows it. */
    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Presenter mode: larger text, labels and points and less chrome, for a projector. */
    public javafx.beans.property.BooleanProperty presenterProperty() {
        return presenter;
    }

    public LessonViewModel lessons() {
        return lessons;
    }

    /** The id of the side panel in front; the main view follows it both ways. */
    public javafx.beans.property.StringProperty frontPanelProperty() {
        return frontPanel;
    }

    public ExportViewModel export() {
        return export;
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    public IsolationViewModel isolation() {
        return isolation;
    }

    public SearchViewModel search() {
        return search;
    }

    public NeighborsViewModel neighbors() {
        return neighbors;
    }

    /** The side panels, in the order the window shows them. */
    public List<Panel<?>> panels() {
        return panels;
    }

    /** The panel with this id. */
    public Panel<?> panel(String id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no panel " + id));
    }

    /** Every panel's state by id, and the map's. */
    public AppState snapshot() {
        Map<String, Record> states = new LinkedHashMap<>();
        for (Panel<?> panel : panels) {
            states.put(panel.id(), panel.model().snapshot());
        }
        return new AppState(states, map.snapshot());
    }

    /** Puts a snapshot back; panels it does not mention keep their state. Starts no work. */
    public void restore(AppState state) {
        for (Panel<?> panel : panels) {
            Record saved = state.panels().get(panel.id());
            if (saved != null) {
                restoreInto(panel.model(), saved);
            }
        }
        map.restore(state.map());
    }

    private static <S extends Record> void restoreInto(PanelModel<S> model, Record saved) {
        model.restore(model.stateType().cast(saved));
    }
}
