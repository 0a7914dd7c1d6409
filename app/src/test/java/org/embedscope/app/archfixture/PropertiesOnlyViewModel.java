package org.embedscope.app.archfixture;

import javafx.beans.property.SimpleStringProperty;

/** Keeps the view-model rule: properties are fine, controls and Platform are not. */
public final class PropertiesOnlyViewModel {
    private final SimpleStringProperty text = new SimpleStringProperty("yes");

    public String text() {
        return text.get();
    }
}
