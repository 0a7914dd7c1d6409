package org.embedscope.render.scatter;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Translate;

/**
 * Moves the 2D plot's layers (the frame image, the label canvas) from the viewport they were drawn for
 * to the current one, on the FX thread, the moment the view pans. A pan then reaches the screen in the
 * next pulse without waiting for the render thread: the layers show the picture they hold at its new
 * place, leaving the edges it uncovers empty until a frame drawn for the new view replaces them. A
 * layer drawn at another zoom is not scaled (the software pipeline takes several times as long to paint
 * a scaled image as a moved one): the image stays as drawn until the render thread's frame of the new
 * zoom comes, and labels of another zoom are hidden. At rest every layer was drawn for the current view,
 * so its transform is the identity and the frame on screen is the exact one.
 */
final class MotionPreview {
    private final Layer image;
    private final Layer labels;

    MotionPreview(Node image, Node labels) {
        this.image = new Layer(image, false);
        this.labels = new Layer(labels, true);
    }

    /** The image now holds pixels drawn for {@code viewport}. */
    void imageDrawn(Viewport2D viewport, ViewTransform current) {
        image.drawn = viewport;
        image.follow(current);
    }

    /** The label canvas now holds labels drawn for {@code viewport}. */
    void labelsDrawn(Viewport2D viewport, ViewTransform current) {
        labels.drawn = viewport;
        labels.follow(current);
    }

    /** The view changed (a pan, a zoom, a resize): both layers follow it where they can. */
    void follow(ViewTransform current) {
        image.follow(current);
        labels.follow(current);
    }

    /** The viewport the image shows now (moved to the current one, or the one it was drawn for), or null before any. */
    Viewport2D imageShows() {
        return image.shows;
    }

    /** A point of the plot in the coordinates of the image's own pixels (where its frame drew it). */
    Point2D toImage(double x, double y) {
        return new Point2D(x - image.transform.getTx(), y - image.transform.getTy());
    }

    private static final class Layer {
        final Translate transform = new Translate();
        final Node node;
        final boolean hiddenAtOtherZoom;
        Viewport2D drawn;
        Viewport2D shows;

        Layer(Node node, boolean hiddenAtOtherZoom) {
            this.node = node;
            this.hiddenAtOtherZoom = hiddenAtOtherZoom;
            node.getTransforms().add(transform);
        }

        /**
         * Moves the layer's pixels from the view they were drawn for to {@code current} when both have
         * the same zoom: by where the drawn view's pixel (0, 0) now lies.
         */
        void follow(ViewTransform current) {
            Viewport2D now = current.viewport();
            boolean sameZoom = drawn != null && drawn.pixelsPerUnit() == now.pixelsPerUnit();
            if (!sameZoom || drawn.equals(now)) {
                transform.setX(0);
                transform.setY(0);
                shows = drawn;
            } else {
                ViewTransform then = current.copyWith(drawn);
                transform.setX(current.toScreenX(then.toDataX(0)));
                transform.setY(current.toScreenY(then.toDataY(0)));
                shows = now;
            }
            if (hiddenAtOtherZoom) {
                node.setVisible(drawn == null || sameZoom);
            }
        }
    }
}
