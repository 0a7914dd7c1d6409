package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Words": every word, the N most frequent, a typed or loaded list, or the selection. */
final class WordSourceView extends VBox {
    private final ProjectionSettings settings;

    WordSourceView(ProjectionViewModel model) {
        settings = model.settings();
        setSpacing(6);
        var source = Controls.choice(settings.wordsProperty(), List.of(WordSource.values()), WordSource::label);
        source.setId("projection-words");
        source.setTooltip(new Tooltip("Which words to place on the map"));
        GridPane grid = Controls.form();
        Controls.row(grid, "Words", source);

        var first = Controls.intSpinner(settings.firstCountProperty(), 1, Integer.MAX_VALUE, 5000,
                "How many of the most frequent words");
        first.setId("projection-first-count");
        Node firstRow = Controls.withNote(first, "most frequent");
        showWhen(firstRow, WordSource.FIRST);

        TextArea list = new TextArea();
        list.setId("projection-word-list");
        // A TextArea prompt shows on one line: name the format, then examples.
        list.setPromptText("One word per line, for example cat, dog, red, blue, france");
        list.setPrefRowCount(5);
        list.setWrapText(false);
        list.textProperty().bindBidirectional(settings.wordListProperty());
        Button load = new Button("Load list\u2026", new FontIcon("mdi2f-folder-open-outline"));
        load.setId("projection-load-words");
        load.setTooltip(new Tooltip("Read the words from a text file, one per line"));
        load.setOnAction(e -> model.loadWordList());
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = org.embedscope.model.io.WordListFile.parse(settings.wordListProperty().get() == null ? ""
                    : settings.wordListProperty().get()).size();
            return n == 1 ? "1 word" : String.format("%,d words", n);
        }, settings.wordListProperty()));
        HBox listActions = new HBox(8, load, count);
        VBox listBox = new VBox(6, list, listActions);
        VBox.setVgrow(list, Priority.ALWAYS);
        showWhen(listBox, WordSource.LIST);

        Label selection = new Label();
        selection.setId("projection-selection");
        selection.setWrapText(true);
        selection.getStyleClass().add("hint");
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            var group = model.selectionProperty().get();
            return group.isEmpty() ? "Nothing is selected yet: in the Neighbours panel, \"Select these\" selects a"
                    + " word and its neighbours."
                    : String.format("%s (%,d words)", group.name(), group.words().size());
        }, model.selectionProperty()));
        showWhen(selection, WordSource.SELECTION);
        getChildren().addAll(grid, firstRow, listBox, selection);
    }

    private void showWhen(Node node, WordSource source) {
        node.visibleProperty().bind(settings.wordsProperty().isEqualTo(source));
        node.managedProperty().bind(node.visibleProperty());
    }
}
