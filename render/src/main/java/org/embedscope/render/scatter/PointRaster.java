package org.embedscope.render.scatter;

import java.util.Arrays;

/**
 * Splats points into a premultiplied ARGB pixel array. Each point is a small anti-aliased disc (a 3x3
 * stamp) blended over what is below it, so dense regions glow instead of turning into a solid blob.
 * Plain Java without JavaFX: the render thread draws with it, the FX thread only copies the result.
 */
final class PointRaster {
    private static final float[] STAMP = {
        0.25f, 0.55f, 0.25f,
        0.55f, 1.00f, 0.55f,
        0.25f, 0.55f, 0.25f,
    };

    private final int width;
    private final int height;
    private final int[] pixels;
    /** Splats only change pixels in [clipX0, clipX1) x [clipY0, clipY1). */
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;

    /** Draws into {@code pixels}, which must hold at least width x height values. */
    PointRaster(int width, int height, int[] pixels) {
        if (width < 1 || height < 1 || pixels.length < width * height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " raster needs more than " + pixels.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        unclip();
    }

    /** Limits what the next splats may change to a rectangle of pixels (a point across its edge is cut). */
    void clip(int x0, int y0, int x1, int y1) {
        clipX0 = Math.max(0, x0);
        clipY0 = Math.max(0, y0);
        clipX1 = Math.min(width, x1);
        clipY1 = Math.min(height, y1);
    }

    void unclip() {
        clip(0, 0, width, height);
    }

    /**
     * Fills the raster with {@code source} (a frame of the same size) moved by (dx, dy) pixels, and the
     * part it leaves uncovered with the background {@code argb}.
     */
    void shiftFrom(int[] source, int dx, int dy, int argb) {
        int fill = premultiply(argb);
        for (int y = 0; y < height; y++) {
            int from = y - dy;
            int row = y * width;
            if (from < 0 || from >= height) {
                Arrays.fill(pixels, row, row + width, fill);
                continue;
            }
            int x0 = Math.max(0, dx);
            int x1 = Math.min(width, width + dx);
            if (x1 > x0) {
                System.arraycopy(source, from * width + x0 - dx, pixels, row + x0, x1 - x0);
            }
            Arrays.fill(pixels, row, row + Math.min(width, x0), fill);
            Arrays.fill(pixels, row + Math.max(0, x1), row + width, fill);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int[] pixels() {
        return pixels;
    }

    void clear(int argb) {
        Arrays.fill(pixels, 0, width * height, premultiply(argb));
    }

    /** Blends a point of straight-alpha colour {@code argb} centred on pixel (px, py). */
    void splat(int px, int py, int argb, boolean large) {
        splat(px, py, argb, large ? 2 : 1);
    }

    /** A point of the given radius: 1 is the small 3 x 3 stamp, larger radii a disc with a soft rim. */
    void splat(int px, int py, int argb, int radiusPixels) {
        boolean large = radiusPixels > 1;
        if (px < clipX0 - radiusPixels - 1 || py < clipY0 - radiusPixels - 1 || px > clipX1 + radiusPixels
                || py > clipY1 + radiusPixels) {
            return;
        }
        float alpha = ((argb >>> 24) & 0xFF) / 255f;
        int r = (argb >>> 16) & 0xFF;
        int g = (argb >>> 8) & 0xFF;
        int b = argb & 0xFF;
        int radius = Math.max(1, radiusPixels);
        for (int dy = -radius; dy <= radius; dy++) {
            int y = py + dy;
            if (y < clipY0 || y >= clipY1) {
                continue;
            }
            int row = y * width;
            for (int dx = -radius; dx <= radius; dx++) {
                int x = px + dx;
                if (x < clipX0 || x >= clipX1) {
                    continue;
                }
                float weight = large ? discWeight(dx, dy, radius) : STAMP[(dy + 1) * 3 + dx + 1];
                if (weight > 0) {
                    blend(row + x, r, g, b, alpha * weight);
                }
            }
        }
    }

    /** Full inside the disc, fading over its last pixel; radius 2 gives the former highlight stamp. */
    private static float discWeight(int dx, int dy, int radius) {
        int d2 = dx * dx + dy * dy;
        if (radius == 2) {
            return d2 <= 2 ? 1f : d2 <= 4 ? 0.6f : d2 == 5 ? 0.3f : 0f;
        }
        double d = Math.sqrt(d2);
        return d <= radius - 1 ? 1f : d <= radius ? (float) (radius - d) : 0f;
    }

    private void blend(int index, int r, int g, int b, float a) {
        int dst = pixels[index];
        float keep = 1 - a;
        int outA = Math.min(255, (int) (255 * a + ((dst >>> 24) & 0xFF) * keep + 0.5f));
        int outR = Math.min(255, (int) (r * a + ((dst >>> 16) & 0xFF) * keep + 0.5f));
        int outG = Math.min(255, (int) (g * a + ((dst >>> 8) & 0xFF) * keep + 0.5f));
        int outB = Math.min(255, (int) (b * a + (dst & 0xFF) * keep + 0.5f));
        pixels[index] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
    }

    static int premultiply(int argb) {
        int a = (argb >>> 24) & 0xFF;
        int r = ((argb >>> 16) & 0xFF) * a / 255;
        int g = ((argb >>> 8) & 0xFF) * a / 255;
        int b = (argb & 0xFF) * a / 255;
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
