package org.embedscope.app.gui.neighbors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.app.gui.common.WordField;
import org.embedscope.model.search.Neighbor;
import org.kordamp.ikonli.javafx.FontIcon;

/** The neighbours panel: search a word, see its nearest neighbours with cosine scores. */
public final class NeighborsView extends VBox {
    private final NeighborsViewModel model;
    private final WordField queryField;
    private final TableView<Neighbor> table = new TableView<>();

    public NeighborsView(NeighborsViewModel model) {
        this.model = model;
        getStyleClass().add("side-panel");
        setSpacing(10);
        setPadding(new Insets(14));

        queryField = new WordField(model::complete);
        queryField.setId("word-query");
        queryField.setPromptText("A word, or king - man + woman");
        queryField.setTooltip(new Tooltip("Type a word or a vector expression and press Enter (Ctrl+F).\n"
                + "Expressions: + and - combine words, * scales (0.5*paris + berlin), ( ) group."));
        queryField.setOnAction(e -> model.search());
        model.queryProperty().addListener((o, old, text) -> {
            if (!text.equals(queryField.getText())) {
                queryField.setTextQuietly(text);
            }
        });
        queryField.textProperty().addListener((o, old, text) -> model.queryProperty().set(text));
        HBox.setHgrow(queryField, Priority.ALWAYS);
        Button go = new Button(null, new FontIcon("mdi2m-magnify"));
        go.setTooltip(new Tooltip("Find the word's neighbours"));
        go.setOnAction(e -> model.search());
        HBox searchRow = new HBox(6, queryField, go, PlacementControls.placeButton(model));
        queryField.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                model.placeOnMap();
                e.consume();
            }
        });

        Label message = new Label();
        message.setId("neighbors-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        Label heading = new Label();
        heading.getStyleClass().add("selected-word");
        heading.textProperty().bind(model.headingProperty());
        heading.managedProperty().bind(heading.textProperty().isNotEmpty());
        heading.visibleProperty().bind(heading.managedProperty());

        Spinner<Integer> k = new Spinner<>(1, 200, model.kProperty().get());
        k.setId("neighbors-k");
        k.setPrefWidth(90);
        k.setTooltip(new Tooltip("How many neighbours to show"));
        Controls.bindValue(k, model.kProperty());

        javafx.scene.control.ChoiceBox<org.embedscope.model.Metric> metric =
                new javafx.scene.control.ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                        org.embedscope.model.Metric.values()));
        metric.setId("metric-choice");
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.embedscope.model.Metric m) {
                return m == null ? "" : MetricText.name(m);
            }

            @Override
            public org.embedscope.model.Metric fromString(String text) {
                return org.embedscope.model.Metric.parse(text);
            }
        });
        metric.valueProperty().bindBidirectional(model.metricProperty());
        metric.setTooltip(new Tooltip("How nearness is measured"));
        k.setMinWidth(90);
        javafx.scene.layout.GridPane settings = new javafx.scene.layout.GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        settings.addRow(0, new Label("Show"), k);
        settings.addRow(1, new Label("Nearest by"), metric);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label("Nearest neighbours");
        title.getStyleClass().add("panel-title");
        Button select = new Button("Select these", new FontIcon("mdi2s-selection-multiple"));
        select.setId("neighbors-select");
        select.setTooltip(new Tooltip("Select the word and its neighbours, for example to project just them"
                + " (Map panel, Words: the selected words)"));
        select.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.results()));
        select.setOnAction(e -> model.selectResults());
        select.setMinWidth(Button.USE_PREF_SIZE);
        Label hint = new Label("Exact search over the whole vocabulary.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox footer = new HBox(10, select, hint);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, searchRow, message, PlacementControls.statusRow(model.placement()), heading, settings,
                table, footer);
    }

    public void focusQuery() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    private void buildTable() {
        table.setId("neighbors-table");
        org.embedscope.app.gui.common.TableExport.install(table, "neighbours.csv");
        table.setItems(model.results());
        Label placeholder = new Label("Click a point on the map or search for a word to see its nearest neighbours.");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Neighbor, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(table.getItems().indexOf(c.getValue()) + 1));
        rank.setPrefWidth(36);
        rank.setMaxWidth(44);
        rank.setSortable(false);

        TableColumn<Neighbor, String> word = new TableColumn<>("Word");
        word.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()));
        word.setPrefWidth(140);
        word.setSortable(false);

        TableColumn<Neighbor, Number> score = new TableColumn<>();
        score.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> MetricText.scoreHeading(model.metricProperty().get()), model.metricProperty()));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.setCellFactory(c -> new ScoreCell(model));
        // The cells' tooltips name the measure the column shows now.
        score.setUserData(model.metricProperty().get().name().toLowerCase(java.util.Locale.ROOT));
        model.metricProperty().addListener((o, old, metric) ->
                score.setUserData(metric.name().toLowerCase(java.util.Locale.ROOT)));
        score.setSortable(false);

        table.getColumns().setAll(java.util.List.of(rank, word, score));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                model.choose(chosen);
            }
        });
    }

    /** A score as a number over a bar whose length is the score. */
    private static final class ScoreCell extends TableCell<Neighbor, Number> {
        private final Rectangle bar = new Rectangle(0, 6);
        private final Label text = new Label();
        private final StackPane box = new StackPane(bar, text);

        ScoreCell(NeighborsViewModel model) {
            bar.getStyleClass().add("score-bar");
            StackPane.setAlignment(bar, Pos.BOTTOM_LEFT);
            StackPane.setAlignment(text, Pos.CENTER_LEFT);
            // Bars only make sense for cosine, whose scores live in [-1, 1].
            bar.visibleProperty().bind(model.metricProperty().isEqualTo(org.embedscope.model.Metric.COSINE));
            bar.widthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, Math.min(1, getItem() == null ? 0 : getItem().doubleValue())) * (getWidth() - 12),
                    itemProperty(), widthProperty()));
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
            } else {
                text.setText(String.format("%.4f", value.doubleValue()));
                setGraphic(box);
            }
        }
    }
}
