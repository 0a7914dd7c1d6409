package org.embedscope.app.gui.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.session.Bookmark;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bookmarks of the session: add one of what the window shows, click one to see it again, rename, delete. */
public final class BookmarksView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    public BookmarksView(BookmarksPanelModel panel) {
        super(10);
        SessionViewModel model = panel.sessions();
        getStyleClass().add("side-panel");
        setPadding(new Insets(14));
        Label title = new Label("Bookmarks");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("A bookmark keeps the whole picture: the map, its colours, the selection and every "
                + "panel's inputs. They are saved with the session (File \u203a Save Session).");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        TextField name = new TextField();
        name.setId("bookmark-name");
        name.setPromptText("Name, e.g. professions on the gender axis");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add", new FontIcon("mdi2b-bookmark-plus-outline"));
        add.setId("bookmark-add");
        add.setTooltip(new Tooltip("Bookmark what the window shows now (Ctrl+B)"));
        add.getStyleClass().add("accent");
        Runnable adding = () -> {
            model.addBookmark(name.getText());
            name.clear();
        };
        add.setOnAction(e -> adding.run());
        name.setOnAction(e -> adding.run());
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        ListView<Bookmark> list = new ListView<>(model.bookmarks());
        list.setId("bookmark-list");
        list.setPlaceholder(new Label("No bookmarks yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Bookmark bookmark, boolean empty) {
                super.updateItem(bookmark, empty);
                if (empty || bookmark == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setGraphic(new FontIcon("mdi2b-bookmark-outline"));
                setText(bookmark.name() + "   " + when(bookmark));
            }
        });
        list.setOnMouseClicked(e -> {
            Bookmark chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.show(chosen);
            }
        });
        list.setOnKeyPressed(e -> {
            Bookmark chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == KeyCode.ENTER) {
                model.show(chosen);
            } else if (chosen != null && e.getCode() == KeyCode.DELETE) {
                model.remove(chosen);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button rename = new Button("Rename", new FontIcon("mdi2p-pencil-outline"));
        rename.setOnAction(e -> {
            Bookmark chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && !name.getText().isBlank()) {
                model.rename(chosen, name.getText());
                name.clear();
            }
        });
        rename.setTooltip(new Tooltip("Give the selected bookmark the name typed above"));
        Button delete = new Button("Delete", new FontIcon("mdi2d-delete-outline"));
        delete.setOnAction(e -> {
            Bookmark chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.remove(chosen);
            }
        });
        Label file = new Label();
        file.getStyleClass().add("hint");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.fileProperty().get()
                == null ? "Not saved yet" : "Session: " + model.fileProperty().get().getFileName(), model.fileProperty()));
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, hint, addRow, list, new HBox(8, rename, delete), file, message);
    }

    private static String when(Bookmark bookmark) {
        try {
            return TIME.format(Instant.parse(bookmark.created()));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
