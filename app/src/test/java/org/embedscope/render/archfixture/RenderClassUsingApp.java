package org.embedscope.render.archfixture;

/** Breaks the layering on purpose: a render class calling into the application. */
public class RenderClassUsingApp {
    public void start() {
        org.embedscope.app.Main.main(new String[0]);
    }
}
