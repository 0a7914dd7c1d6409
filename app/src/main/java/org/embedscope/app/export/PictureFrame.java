package org.embedscope.app.export;

import java.util.Arrays;

/**
 * Where data points land on a picture: the central 99% of the points (outliers aside) fill it,
 * keeping the aspect ratio, with a margin; y grows upward as on the map.
 */
final class PictureFrame {
    final double width;
    final double height;
    private final double scale;
    private final double centerX;
    private final double centerY;

    PictureFrame(float[] xy, double width, double height, double margin) {
        this.width = width;
        this.height = height;
        double[] xs = quantiles(xy, 0);
        double[] ys = quantiles(xy, 1);
        double spanX = Math.max(xs[1] - xs[0], 1e-9);
        double spanY = Math.max(ys[1] - ys[0], 1e-9);
        scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        centerX = (xs[0] + xs[1]) / 2;
        centerY = (ys[0] + ys[1]) / 2;
    }

    double x(float dataX) {
        return width / 2 + (dataX - centerX) * scale;
    }

    double y(float dataY) {
        return height / 2 - (dataY - centerY) * scale;
    }

    boolean inside(double px, double py) {
        return px >= 0 && py >= 0 && px <= width && py <= height;
    }

    private static double[] quantiles(float[] xy, int axis) {
        int n = xy.length / 2;
        double[] values = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            float v = xy[2 * i + axis];
            if (!Float.isNaN(v)) {
                values[m++] = v;
            }
        }
        if (m == 0) {
            return new double[] {-1, 1};
        }
        values = Arrays.copyOf(values, m);
        Arrays.sort(values);
        int cut = m < 200 ? 0 : (int) (m * 0.005);
        return new double[] {values[cut], values[m - 1 - cut]};
    }
}
