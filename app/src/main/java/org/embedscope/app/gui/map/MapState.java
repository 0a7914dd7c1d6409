package org.embedscope.app.gui.map;

import org.embedscope.render.scatter.Camera3D;
import org.embedscope.render.scatter.Viewport2D;

/**
 * Where the user looks on the map, in 2D and in 3D. (Whether the map is 2D or 3D belongs to the
 * projection that made it.)
 *
 * @param viewport the 2D view, or null for "fit to the data"
 * @param camera   the 3D view, or null for the default view
 */
public record MapState(Viewport2D viewport, Camera3D camera) {
}
