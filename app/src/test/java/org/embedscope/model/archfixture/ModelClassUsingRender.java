package org.embedscope.model.archfixture;

import org.embedscope.render.scatter.Viewport2D;

/** Breaks the layering on purpose: a model class returning a render type. */
public class ModelClassUsingRender {
    public Viewport2D home() {
        return new Viewport2D(0, 0, 1);
    }
}
