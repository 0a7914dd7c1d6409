package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.embedscope.app.gui.panel.Stateful;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.render.scatter.Arrow;
import org.embedscope.render.scatter.Camera3D;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.render.scatter.DragTool;
import org.embedscope.render.scatter.Highlight;
import org.embedscope.render.scatter.PointClick;
import org.embedscope.render.scatter.RegionSelection;
import org.embedscope.render.scatter.Viewport2D;

/**
 * The map's logic: which points to draw and when to refit, the colours that apply to them, the
 * active panel's marks in the map's own point numbering, and the link between a clicked point and
 * the workspace's focused word. The view only draws what this says.
 */
public final class MapViewModel implements Stateful<MapState> {
    /** Up to this many frequent words are labelled where they fit: enough to read the map, not a wall of text. */
    public static final int DEFAULT_LABELS = 60;
    private final Workspace workspace;
    private final ObjectProperty<MapAnnotations> annotations =
            new SimpleObjectProperty<>(this, "annotations", MapAnnotations.NONE);
    private final ReadOnlyObjectWrapper<MapFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<MapColoring> coloring = new ReadOnlyObjectWrapper<>(this, "coloring");
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights =
            new ReadOnlyObjectWrapper<>(this, "highlights", List.of());
    private final ReadOnlyObjectWrapper<List<Arrow>> arrows = new ReadOnlyObjectWrapper<>(this, "arrows", List.of());
    private final IntegerProperty selectedPoint = new SimpleIntegerProperty(this, "selectedPoint", -1);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final BooleanProperty threeD = new SimpleBooleanProperty(this, "threeD");
    private final ObjectProperty<Viewport2D> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Camera3D> camera = new SimpleObjectProperty<>(this, "camera");
    private final BooleanProperty dimUnselected = new SimpleBooleanProperty(this, "dimUnselected", true);
    private final javafx.beans.property.StringProperty labelColumn =
            new javafx.beans.property.SimpleStringProperty(this, "labelColumn", "");
    private final IntegerProperty labelDensity = new SimpleIntegerProperty(this, "labelDensity", DEFAULT_LABELS);
    private final IntegerProperty pointSize = new SimpleIntegerProperty(this, "pointSize", 1);
    private final BooleanProperty light = new SimpleBooleanProperty(this, "light");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private PointIndex index;
    /** The map from the workspace. */
    private MapLayout base;
    /** What is drawn: the map and the points placed onto it. */
    private MapLayout shown;
    private PlacedOnMap placed;
    /** Frequency-rank colours of the rows last shown: a forming map keeps its rows, so they are kept. */
    private MapColoring byRank;
    private boolean syncing;

    public MapViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.layoutProperty().addListener((o, old, layout) -> show(layout));
        workspace.placed().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (base != null) {
                draw(RefitPolicy.NEVER);
            }
        });
        workspace.coloringProperty().addListener((o, old, value) -> recolor());
        workspace.selectedIndexProperty().addListener((o, old, row) -> focusRow(row.intValue()));
        annotations.addListener((o, old, value) -> annotate());
        workspace.selectionProperty().addListener((o, old, value) -> recolor());
        dimUnselected.addListener((o, old, value) -> recolor());
        selectedPoint.addListener((o, old, point) -> {
            int row = index == null ? -1 : index.rowOf(point.intValue());
            // an expression placed onto the map has no word to focus
            if (!syncing && index != null && (row >= 0 || point.intValue() < 0)) {
                workspace.selectedIndexProperty().set(row);
            }
        });
    }

    /** The marks to draw; the main view binds it to the panel in front. */
    public ObjectProperty<MapAnnotations> annotationsProperty() {
        return annotations;
    }

    /** The map to draw now; null while there is none. */
    public ReadOnlyObjectProperty<MapFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The colouring of the points on the map (frequency rank unless a fitting one was chosen). */
    public ReadOnlyObjectProperty<MapColoring> coloringProperty() {
        return coloring.getReadOnlyProperty();
    }

    /** The panel's marks as point numbers of the map on screen. */
    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Arrow>> arrowsProperty() {
        return arrows.getReadOnlyProperty();
    }

    /** The focused word's point on the map, -1 if none or not on it; the view writes clicks here. */
    public IntegerProperty selectedPointProperty() {
        return selectedPoint;
    }

    /** Whether points outside a non-empty selection are drawn in grey (they stay visible). */
    public BooleanProperty dimUnselectedProperty() {
        return dimUnselected;
    }

    /** Selects the words whose points lie inside a box or lasso drawn on the 2D map. */
    public void selectRegion(RegionSelection region) {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int row : RegionHits.rowsInside(shown, region)) {
            words.add(store.word(row));
        }
        String shape = region.tool() == DragTool.LASSO ? "lasso" : "box";
        workspace.select(words.isEmpty() ? WordGroup.EMPTY
                : new WordGroup(String.format("%,d word%s in a %s", words.size(), words.size() == 1 ? "" : "s", shape),
                        words));
    }

    /** Shift- or Ctrl-click: adds the point's word to the selection, or takes it out. */
    public void clickPoint(PointClick click) {
        VectorStore store = workspace.store();
        int row = index == null ? -1 : index.rowOf(click.index());
        if (!click.toggle() || store == null || row < 0) {
            return;
        }
        String word = store.word(row);
        WordGroup current = workspace.selectionProperty().get();
        List<String> words = new ArrayList<>(current.words());
        if (!words.remove(word)) {
            words.add(word);
        }
        workspace.select(words.isEmpty() ? WordGroup.EMPTY
                : new WordGroup(String.format("%,d chosen word%s", words.size(), words.size() == 1 ? "" : "s"), words));
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Whether the user asked for 3D; the projection that makes the 3D map follows it. */
    public BooleanProperty threeDProperty() {
        return threeD;
    }

    /** Where the 2D view looks; the view keeps it current and applies what is set here. */
    public ObjectProperty<Viewport2D> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<Camera3D> cameraProperty() {
        return camera;
    }

    /** The metadata column points are labelled with, or empty for their words. */
    public javafx.beans.property.StringProperty labelColumnProperty() {
        return labelColumn;
    }

    /** The points' radius in pixels, 1 to 5. */
    public IntegerProperty pointSizeProperty() {
        return pointSize;
    }

    /** True in presenter mode: larger labels and points, opaque label text. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** True under the light theme: the map is drawn on a light background. */
    public BooleanProperty lightProperty() {
        return light;
    }

    /** How many labels the map may show at once where they fit (0: only marked words). */
    public IntegerProperty labelDensityProperty() {
        return labelDensity;
    }

    public String labelOf(int point) {
        org.embedscope.app.gui.workspace.PlacedPoint onMap = placed == null ? null : placed.at(point);
        if (onMap != null) {
            return onMap.label();
        }
        VectorStore store = workspace.store();
        int row = index == null ? -1 : index.rowOf(point);
        if (store == null || row < 0 || row >= store.size()) {
            return "";
        }
        String column = labelColumn.get();
        int c = column == null || column.isEmpty() ? -1 : store.metadata().columns().indexOf(column);
        return c < 0 ? store.word(row) : store.metadata().value(c, row);
    }

    public String tooltipOf(int point) {
        if (placed != null && placed.at(point) != null) {
            return labelOf(point) + "   placed onto this map";
        }
        int row = index == null ? -1 : index.rowOf(point);
        return row < 0 ? "" : labelOf(point) + "   #" + (row + 1);
    }

    @Override
    public MapState snapshot() {
        return new MapState(viewport.get(), camera.get());
    }

    @Override
    public void restore(MapState state) {
        viewport.set(state.viewport());
        camera.set(state.camera());
    }

    @Override
    public Class<MapState> stateType() {
        return MapState.class;
    }

    private void show(MapLayout layout) {
        MapLayout previous = base;
        base = layout;
        if (layout == null) {
            shown = null;
            placed = null;
            index = null;
            frame.set(null);
            caption.set("");
            coloring.set(null);
            highlights.set(List.of());
            arrows.set(List.of());
            return;
        }
        draw(refitFor(previous, layout));
    }

    /** Draws the map with the points placed onto it. */
    private void draw(RefitPolicy refit) {
        placed = PlacedOnMap.of(base, workspace.placed());
        MapLayout layout = placed.layout();
        shown = layout;
        VectorStore store = workspace.store();
        if (index == null || !index.isFor(layout.rows())) {
            index = new PointIndex(layout.rows(), store == null ? 0 : store.size());
        }
        frame.set(new MapFrame(layout, refit));
        caption.set(layout.caption());
        recolor();
        annotate();
        focusRow(workspace.selectedIndexProperty().get());
    }

    /**
     * A finished map and the first picture of a run are fitted to the view; while a map forms, the
     * view follows it unless the user has moved it.
     */
    static RefitPolicy refitFor(MapLayout previous, MapLayout layout) {
        if (!layout.live() || previous == null || !previous.live() || previous.rows() != layout.rows()
                || previous.dims() != layout.dims()) {
            return RefitPolicy.ALWAYS;
        }
        return RefitPolicy.UNLESS_USER_MOVED;
    }

    private void recolor() {
        MapLayout layout = base;
        if (layout == null) {
            return;
        }
        MapColoring chosen = workspace.coloringProperty().get();
        MapColoring colours;
        if (chosen != null && chosen.fits(layout)) {
            colours = chosen;
        } else {
            if (byRank == null || byRank.rows() != layout.rows()) {
                VectorStore store = workspace.store();
                byRank = MapColoring.byRank(layout.rows(), store == null ? layout.points() : store.size());
            }
            colours = byRank;
        }
        coloring.set(placed.extend(dimUnselected.get() ? SelectionShading.dim(colours, selectedRows()) : colours));
    }

    private java.util.Set<Integer> selectedRows() {
        VectorStore store = workspace.store();
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        if (store != null) {
            for (String word : workspace.selectionProperty().get().words()) {
                int row = store.indexOf(word);
                if (row >= 0) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void annotate() {
        MapAnnotations current = annotations.get() == null ? MapAnnotations.NONE : annotations.get();
        List<Highlight> marks = new ArrayList<>();
        List<Arrow> links = new ArrayList<>();
        if (index != null) {
            for (int p = placed.first(); p < placed.layout().points(); p++) {
                marks.add(new Highlight(p, MapColors.PLACED));
            }
            for (MapAnnotations.Mark mark : current.marks()) {
                int point = index.pointOf(mark.row());
                if (point >= 0) {
                    marks.add(new Highlight(point, mark.color()));
                }
            }
            for (MapAnnotations.Link link : current.links()) {
                int from = index.pointOf(link.from());
                int to = index.pointOf(link.to());
                if (from >= 0 && to >= 0) {
                    links.add(new Arrow(from, to, link.color(), link.dashed()));
                }
            }
        }
        highlights.set(List.copyOf(marks));
        arrows.set(List.copyOf(links));
    }

    private void focusRow(int row) {
        syncing = true;
        try {
            selectedPoint.set(index == null ? -1 : index.pointOf(row));
        } finally {
            syncing = false;
        }
    }
}
