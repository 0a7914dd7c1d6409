package org.embedscope.render.scatter;

/**
 * A click on a point. {@code toggle} is true with Shift or Ctrl (Cmd) held: add the point to a
 * selection, or take it out, rather than focus it alone.
 */
public record PointClick(int index, boolean toggle) {
}
