package org.embedscope.model.archfixture;

/** Breaks the layering on purpose: a model class calling into the application. */
public class ModelClassUsingApp {
    public void start() {
        org.embedscope.app.Main.main(new String[0]);
    }
}
