package org.embedscope.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/** The window's look: AtlantaFX's Primer dark or light, with the map and its controls following. */
public enum Theme {
    DARK("Dark"),
    LIGHT("Light");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The saved name back to a theme; anything unknown is the dark default. */
    public static Theme parse(String name) {
        return "light".equalsIgnoreCase(name) ? LIGHT : DARK;
    }

    /** Sets the controls' stylesheet and marks the root so that the app's own styles follow. */
    void apply(Parent root) {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
        root.getStyleClass().remove("light");
        if (this == LIGHT) {
            root.getStyleClass().add("light");
        }
    }
}
