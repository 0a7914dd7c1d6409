package org.embedscope.app.archfixture;

/** Breaks the view-model rule on purpose: a view model that builds a control. */
public final class ControlsViewModel {
    public Object label() {
        return new javafx.scene.control.Label("no");
    }
}
