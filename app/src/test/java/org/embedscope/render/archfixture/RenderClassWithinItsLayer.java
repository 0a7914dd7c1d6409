package org.embedscope.render.archfixture;

import javafx.scene.layout.Region;
import org.embedscope.render.scatter.Viewport2D;

/** Keeps to its layer: JavaFX and render types. */
public class RenderClassWithinItsLayer extends Region {
    public Viewport2D home() {
        return new Viewport2D(0, 0, 1);
    }
}
