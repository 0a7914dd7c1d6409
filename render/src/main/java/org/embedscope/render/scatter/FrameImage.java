package org.embedscope.render.scatter;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The image the 2D plot shows, backed by a premultiplied ARGB buffer. Frames are drawn elsewhere into
 * their own arrays; showing one costs the FX thread a single array copy, done inside
 * {@link PixelBuffer#updateBuffer} because that is the only safe moment to change what JavaFX uploads.
 */
final class FrameImage {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage image;

    FrameImage(int width, int height) {
        this.width = width;
        this.height = height;
        IntBuffer ints = IntBuffer.allocate(width * height);
        this.pixels = ints.array();
        this.buffer = new PixelBuffer<>(width, height, ints, PixelFormat.getIntArgbPreInstance());
        this.image = new WritableImage(buffer);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    WritableImage image() {
        return image;
    }

    /** Shows {@code frame} (width x height premultiplied ARGB); call on the FX thread. */
    void show(int[] frame) {
        buffer.updateBuffer(b -> {
            System.arraycopy(frame, 0, pixels, 0, width * height);
            return null;
        });
    }
}
