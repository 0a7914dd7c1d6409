package org.embedscope.app.gui.search;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.model.find.MatchMode;
import org.embedscope.model.find.SearchResult;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search bar above the side panels, with its results list below it while there are results. */
public final class SearchView extends VBox {
    private final TextField field = new TextField();

    public SearchView(SearchViewModel model) {
        super(4);
        setId("search-bar");
        getStyleClass().add("search-bar");
        setPadding(new Insets(8, 10, 6, 10));
        field.setId("search-field");
        field.setPromptText("Search words: nash, *ville, ^un.*able$ (Ctrl+F)");
        field.textProperty().bindBidirectional(model.patternProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        MenuButton options = options(model);
        HBox bar = new HBox(6, new FontIcon("mdi2m-magnify"), field, options);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.setId("search-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Button select = new Button("Select these", new FontIcon("mdi2s-selection"));
        select.setId("search-select");
        select.setTooltip(new Tooltip("Make the listed words the selection other panels use"));
        select.setOnAction(e -> model.selectMatches());
        HBox info = new HBox(8, summary, select);
        info.setAlignment(Pos.CENTER_LEFT);
        info.managedProperty().bind(model.summaryProperty().isNotEmpty());
        info.visibleProperty().bind(info.managedProperty());

        ListView<SearchResult.Match> results = new ListView<>(model.matches());
        results.setId("search-results");
        results.getStyleClass().add("dense");
        results.setPrefHeight(150);
        results.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchResult.Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null
                        : match.text().equals(match.word()) ? match.word() : match.word() + "   " + match.text());
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, old, match) -> model.focus(match));
        results.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(results.getItems()));
        results.visibleProperty().bind(results.managedProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
        field.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                model.focus(results.getItems().get(0));
            }
        });
        getChildren().addAll(bar, message, info, results);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static MenuButton options(SearchViewModel model) {
        MenuButton options = new MenuButton(null, new FontIcon("mdi2t-tune-variant"));
        options.setId("search-options");
        options.setTooltip(new Tooltip("How to match, case, and which column to search"));
        ToggleGroup modes = new ToggleGroup();
        for (MatchMode mode : MatchMode.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (mode) {
                case CONTAINS -> "Contains (* and ? are wildcards)";
                case WHOLE_WORD -> "Whole word";
                case REGEX -> "Regular expression";
            });
            item.setId("search-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(modes);
            item.setSelected(model.modeProperty().get() == mode);
            item.setOnAction(e -> model.modeProperty().set(mode));
            model.modeProperty().addListener((o, old, value) -> item.setSelected(value == mode));
            options.getItems().add(item);
        }
        CheckMenuItem ignoreCase = new CheckMenuItem("Ignore case");
        ignoreCase.selectedProperty().bindBidirectional(model.ignoreCaseProperty());
        options.getItems().addAll(new SeparatorMenuItem(), ignoreCase, new SeparatorMenuItem());
        options.setOnShowing(e -> {
            options.getItems().removeIf(i -> "column".equals(i.getUserData()));
            ToggleGroup columns = new ToggleGroup();
            for (String column : concat("", model.columns())) {
                RadioMenuItem item = new RadioMenuItem(column.isEmpty() ? "Search the words" : "Search column " + column);
                item.setUserData("column");
                item.setToggleGroup(columns);
                item.setSelected(column.equals(model.columnProperty().get()));
                item.setOnAction(a -> model.columnProperty().set(column));
                options.getItems().add(item);
            }
        });
        return options;
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Ctrl+F: focus the field and select its text, which stays as it was. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
