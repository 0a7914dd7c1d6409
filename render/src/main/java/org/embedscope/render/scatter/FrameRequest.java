package org.embedscope.render.scatter;

/**
 * Everything one 2D frame is drawn from, captured on the FX thread. The arrays are the plot's own
 * copies, which it replaces rather than changes, so the render thread may read them freely.
 *
 * @param xy           x0, y0, x1, y1, ... in data units (NaN hides a point)
 * @param count        how many points of {@code xy} to draw
 * @param colors       straight-alpha ARGB per point, or null for the default colour
 * @param highlights   points drawn large, with the colour of each in {@code highlightColors}
 * @param viewport     the view to draw, or the one to start from when {@code fit} is set
 * @param fit          whether to fit the view to the bulk of the points first
 * @param knownBox     the points' percentile box when already known, else null (computed if fitting)
 * @param viewWidth    the plot's width, which the view transform centres on
 * @param viewHeight   the plot's height
 * @param width        the frame's width in pixels
 * @param height       the frame's height in pixels
 * @param style        background and point size
 * @param moving       asked for while the view moves: it may be drawn with less detail
 */
record FrameRequest(float[] xy, int count, int[] colors, int[] highlights, int[] highlightColors,
        Viewport2D viewport, boolean fit, PercentileBox knownBox, double viewWidth, double viewHeight,
        int width, int height, PlotStyle style, boolean moving) {

    static int[] indices(java.util.List<Highlight> highlights) {
        int[] indices = new int[highlights.size()];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = highlights.get(k).index();
        }
        return indices;
    }

    static int[] colors(java.util.List<Highlight> highlights) {
        int[] colors = new int[highlights.size()];
        for (int k = 0; k < colors.length; k++) {
            colors[k] = Argb.of(highlights.get(k).color());
        }
        return colors;
    }
}
