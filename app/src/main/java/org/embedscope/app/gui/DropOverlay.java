package org.embedscope.app.gui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Accepts vector files dragged onto the window and shows a hint while they hover over it. */
final class DropOverlay extends StackPane {
    DropOverlay(Node target, Consumer<List<File>> onDrop) {
        getStyleClass().add("drop-overlay");
        Label hint = new Label("Drop a vector file to open it", new FontIcon("mdi2f-file-download-outline"));
        hint.getStyleClass().add("drop-hint");
        getChildren().add(hint);
        setVisible(false);
        setMouseTransparent(true);

        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                setVisible(true);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean accepted = e.getDragboard().hasFiles();
            if (accepted) {
                onDrop.accept(e.getDragboard().getFiles());
            }
            setVisible(false);
            e.setDropCompleted(accepted);
            e.consume();
        });
    }
}
