package org.embedscope.render.scatter;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns per-point colours into one small texture plus a texture index per point, because a
 * TriangleMesh can only colour its faces through texture coordinates. More than 4096 distinct
 * colours are reduced to 4 bits per channel.
 */
final class PointPalette {
    static final int SIDE = 64;
    private static final int CAPACITY = SIDE * SIDE;

    final int[] colorIndex;
    final int[] colors;
    final int size;

    private PointPalette(int[] colorIndex, int[] colors, int size) {
        this.colorIndex = colorIndex;
        this.colors = colors;
        this.size = size;
    }

    /** @param argb straight-alpha colour per point, or null for one colour */
    static PointPalette of(int[] argb, int count, int defaultColor) {
        int[] index = new int[count];
        int[] colors = new int[CAPACITY];
        Map<Integer, Integer> seen = new HashMap<>();
        boolean reduce = false;
        for (int pass = 0; pass < 2; pass++) {
            seen.clear();
            boolean overflow = false;
            for (int i = 0; i < count && !overflow; i++) {
                int color = opaque(argb == null ? defaultColor : argb[i], reduce);
                Integer slot = seen.get(color);
                if (slot == null) {
                    if (seen.size() == CAPACITY) {
                        overflow = true;
                        break;
                    }
                    slot = seen.size();
                    seen.put(color, slot);
                    colors[slot] = color;
                }
                index[i] = slot;
            }
            if (!overflow) {
                return new PointPalette(index, colors, Math.max(1, seen.size()));
            }
            reduce = true;
        }
        throw new IllegalStateException("4-bit colours cannot overflow the palette");
    }

    private static int opaque(int argb, boolean reduce) {
        int rgb = argb & 0xFFFFFF;
        if (reduce) {
            rgb &= 0xF0F0F0;
        }
        return 0xFF000000 | rgb;
    }

    /** Texture coordinates (u, v) of palette slot {@code slot}: the centre of its pixel. */
    static float u(int slot) {
        return ((slot % SIDE) + 0.5f) / SIDE;
    }

    static float v(int slot) {
        return ((slot / SIDE) + 0.5f) / SIDE;
    }

    WritableImage image() {
        WritableImage image = new WritableImage(SIDE, SIDE);
        image.getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), colors, 0, SIDE);
        return image;
    }
}
