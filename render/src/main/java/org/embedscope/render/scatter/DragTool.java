package org.embedscope.render.scatter;

/** What dragging on the 2D plot does: pan the view, or select the points inside a box or a lasso. */
public enum DragTool {
    PAN, BOX, LASSO
}
