package org.embedscope.render.scatter;

/**
 * One drawn 2D frame: its pixels and the screen position of every point, from which hit testing and
 * labels work, so that both always match the picture on screen.
 *
 * @param viewport the view it was drawn with (the fitted one when its request asked for a fit)
 * @param box      the points' percentile box when this frame computed it, else null
 * @param complete whether every point was drawn (a frame drawn while moving may show a sample)
 */
record Frame(FrameRequest request, int[] pixels, float[] screenX, float[] screenY, ScreenGrid grid,
        Viewport2D viewport, PercentileBox box, boolean complete) {
}
