package org.embedscope.model.archfixture;

/** Breaks the layering on purpose: a model class holding a JavaFX property. */
public class ModelClassUsingJavaFx {
    public final javafx.beans.property.IntegerProperty count = new javafx.beans.property.SimpleIntegerProperty();
}
