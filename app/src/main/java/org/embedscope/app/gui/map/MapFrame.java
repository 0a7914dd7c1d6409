package org.embedscope.app.gui.map;

/** A map for the view to draw, and whether to fit the view to it. */
public record MapFrame(MapLayout layout, RefitPolicy refit) {
}
