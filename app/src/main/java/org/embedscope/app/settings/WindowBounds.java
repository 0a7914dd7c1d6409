package org.embedscope.app.settings;

/** A window's place on the screen, in screen coordinates, and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
