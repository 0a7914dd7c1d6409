package org.embedscope.render.scatter;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The plumbing the 2D and the 3D scatter share: point count, labels and tooltips, the selected and
 * hovered point, the hover tip and the frame counter. Subclasses draw; this class only keeps state.
 */
abstract class PointCloudRegion extends Region implements PointCloudView {
    static final Color BACKGROUND = Color.rgb(17, 19, 26);

    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private final ReadOnlyLongWrapper framesDrawn = new ReadOnlyLongWrapper(this, "framesDrawn", 0);
    private final HoverTip hoverTip = new HoverTip();
    private IntFunction<String> labels = i -> null;
    private IntFunction<String> tooltips;
    private int count;
    private java.util.function.Consumer<PointClick> onPointClick = click -> { };

    PointCloudRegion(String styleClass) {
        getStyleClass().add(styleClass);
        setMinSize(100, 100);
        setPrefSize(800, 600);
        selectedIndex.addListener((o, a, b) -> annotationsChanged());
    }

    /** Redraws what depends on labels or the selection. */
    abstract void annotationsChanged();

    @Override
    public Node node() {
        return this;
    }

    @Override
    public int pointCount() {
        return count;
    }

    @Override
    public void setLabels(IntFunction<String> labels) {
        this.labels = labels;
        annotationsChanged();
    }

    /** Text of the hover tooltip; defaults to the label. */
    @Override
    public void setTooltips(IntFunction<String> tooltips) {
        this.tooltips = tooltips;
    }

    /** Called for every click on a point, with whether Shift or Ctrl was held. */
    public void setOnPointClick(java.util.function.Consumer<PointClick> consumer) {
        onPointClick = consumer == null ? click -> { } : consumer;
    }

    /** A plain click focuses the point; with Shift or Ctrl it toggles it in the selection instead. */
    final void clicked(int index, javafx.scene.input.MouseEvent e) {
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (!toggle) {
            selectedIndex.set(index);
        }
        onPointClick.accept(new PointClick(index, toggle));
    }

    @Override
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    @Override
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    /** Counts frames drawn with at least one point; tests and screenshots wait on it. */
    @Override
    public ReadOnlyLongProperty framesDrawnProperty() {
        return framesDrawn.getReadOnlyProperty();
    }

    /** Checks that {@code coordinates} holds {@link #dimensions()} values per point, then takes the count. */
    final void acceptPointCount(float[] coordinates, int count) {
        long needed = (long) dimensions() * count;
        if (count < 0 || coordinates.length < needed) {
            throw new IllegalArgumentException("need " + needed + " coordinates, got " + coordinates.length);
        }
        this.count = count;
    }

    final IntFunction<String> labels() {
        return labels;
    }

    /** The selected point, or -1 when nothing or a point beyond the current ones is selected. */
    final int selectedInRange() {
        int selected = selectedIndex.get();
        return selected < count ? selected : -1;
    }

    final List<Highlight> highlightsInRange(List<Highlight> highlights) {
        return highlights.stream().filter(h -> h.index() < count).toList();
    }

    final List<Arrow> arrowsInRange(List<Arrow> arrows) {
        return arrows.stream().filter(a -> a.from() < count && a.to() < count).toList();
    }

    final HoverTip hoverTip() {
        return hoverTip;
    }

    /** Marks {@code hit} (or nothing, for -1) as hovered and names it at (x, y). */
    final void showHover(int hit, double x, double y) {
        hoveredIndex.set(hit);
        hoverTip.showAt(hit < 0 ? null : (tooltips != null ? tooltips : labels).apply(hit), x, y, getWidth());
    }

    final void clearHover() {
        hoveredIndex.set(-1);
        hoverTip.setVisible(false);
    }

    final void countFrame() {
        framesDrawn.set(framesDrawn.get() + 1);
    }
}
