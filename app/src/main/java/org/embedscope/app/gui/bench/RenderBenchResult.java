package org.embedscope.app.gui.bench;

/**
 * What {@code bench-render} measured. Frame times are from an input to the rendered frame that shows
 * it; the still times from the last input of a motion to the exact frame on screen.
 *
 * @param pipeline       the toolkit's rendering pipeline (software, or OpenGL ES 2)
 * @param points2d       points in the 2D map
 * @param points3d       points in the 3D map, 0 when there was none
 * @param threeD         "ok", or why the 3D part did not run
 * @param peakRss2dMb    the process's peak resident memory once the 2D part was done, in MB
 * @param peakRssMb      the peak over the whole run, in MB
 */
public record RenderBenchResult(String pipeline, int points2d, int points3d, String threeD, FrameTimes pan,
        double panStillMs, FrameTimes zoom, double zoomStillMs, FrameTimes orbit, double orbitStillMs,
        long peakRss2dMb, long peakRssMb) {
}
