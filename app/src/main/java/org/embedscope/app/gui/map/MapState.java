package org.embedscope.app.gui.map;

import org.embedscope.render.scatter.Camera3D;
import org.embedscope.render.scatter.Viewport2D;

/**
 * What the map remembers: 2D or 3D and where the user looks, in either.
 *
 * @param viewport the 2D view, or null for "fit to the data"
 * @param camera   the 3D view, or null for the default view
 */
public record MapState(boolean threeD, Viewport2D viewport, Camera3D camera) {
}
