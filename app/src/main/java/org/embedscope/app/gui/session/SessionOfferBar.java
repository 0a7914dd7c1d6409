package org.embedscope.app.gui.session;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A slim bar on start: "Continue your last session?" with Open and Not now. */
public final class SessionOfferBar extends HBox {
    public SessionOfferBar(SessionViewModel model) {
        super(10);
        setId("session-offer");
        getStyleClass().add("session-offer");
        setPadding(new Insets(6, 12, 6, 12));
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.offeredProperty().get()
                == null ? "" : "Continue where you left off: " + model.offeredProperty().get().getFileName() + "?",
                model.offeredProperty()));
        Button open = new Button("Open last session", new FontIcon("mdi2h-history"));
        open.setId("session-offer-open");
        open.setOnAction(e -> model.openOffered());
        Button dismiss = new Button("Not now");
        dismiss.setOnAction(e -> model.dismissOffer());
        getChildren().addAll(new FontIcon("mdi2b-bookmark-outline"), text, open, dismiss);
        managedProperty().bind(model.offeredProperty().isNotNull());
        visibleProperty().bind(managedProperty());
    }
}
