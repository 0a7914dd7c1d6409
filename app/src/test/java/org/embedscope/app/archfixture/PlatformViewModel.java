package org.embedscope.app.archfixture;

/** Breaks the view-model rule on purpose: a view model that posts to the FX thread itself. */
public final class PlatformViewModel {
    public void later(Runnable action) {
        javafx.application.Platform.runLater(action);
    }
}
