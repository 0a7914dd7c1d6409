package org.embedscope.render.scatter;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.Node;

/** What the 2D and the 3D scatter have in common, so an application can switch between them. */
public interface PointCloudView {
    /** Coordinates per point: 2 for the 2D plot, 3 for the 3D one; NaN hides a point. */
    int dimensions();

    void setPoints(float[] coordinates, int count, boolean refit);

    int pointCount();

    void setPointColors(int[] argb);

    void setLabels(IntFunction<String> labels);

    void setTooltips(IntFunction<String> tooltips);

    void setHighlights(List<Highlight> highlights);

    void setArrows(List<Arrow> arrows);

    IntegerProperty selectedIndexProperty();

    /** Called for every click on a point, with whether Shift or Ctrl was held. */
    void setOnPointClick(java.util.function.Consumer<PointClick> consumer);

    ReadOnlyIntegerProperty hoveredIndexProperty();

    /** Grows each time points have been drawn; screenshots and tests wait on it. */
    ReadOnlyLongProperty framesDrawnProperty();

    /**
     * True when the frame on screen shows the latest inputs: no redraw is waiting and no frame is being
     * drawn elsewhere. Tests and screenshots wait on it before comparing pixels.
     */
    default boolean isFrameUpToDate() {
        return true;
    }

    void fitToData();

    void zoom(double factor);

    Node node();
}
