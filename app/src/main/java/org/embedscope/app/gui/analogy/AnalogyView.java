package org.embedscope.app.gui.analogy;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.app.gui.common.WordField;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.search.Neighbor;
import org.kordamp.ikonli.javafx.FontIcon;

/** The analogy panel: "a is to b as c is to ?", presets, method, answers and the expected word's rank. */
public final class AnalogyView extends VBox {
    private final AnalogyViewModel model;

    public AnalogyView(AnalogyViewModel model) {
        this.model = model;
        java.util.function.Function<String, java.util.List<String>> completer = model::complete;
        getStyleClass().add("side-panel");
        setSpacing(10);
        setPadding(new Insets(14));

        Label title = new Label("Analogies");
        title.getStyleClass().add("panel-title");
        Label explain = new Label("a is to b as c is to ?   (b \u2212 a + c)");
        explain.getStyleClass().add("hint");

        GridPane terms = new GridPane();
        terms.setHgap(8);
        terms.setVgap(6);
        addTerm(terms, 0, "a", "analogy-a", model.aProperty(), completer, "e.g. man");
        addTerm(terms, 1, "b", "analogy-b", model.bProperty(), completer, "e.g. king");
        addTerm(terms, 2, "c", "analogy-c", model.cProperty(), completer, "e.g. woman");
        addTerm(terms, 3, "expected", "analogy-expected", model.expectedProperty(), completer, "optional, e.g. queen");

        ChoiceBox<AnalogyMethod> method = Controls.choice(model.methodProperty(),
                java.util.List.of(AnalogyMethod.values()), AnalogyMethod::label);
        method.setId("analogy-method");
        method.setTooltip(new Tooltip("3CosAdd: nearest to b \u2212 a + c (gensim most_similar)\n"
                + "3CosMul: Levy & Goldberg's multiplicative objective (gensim most_similar_cosmul)\n"
                + "PairDirection: the offset d \u2212 c most parallel to b \u2212 a"));
        CheckBox include = new CheckBox("Include a, b, c as answers");
        include.setId("analogy-include-inputs");
        include.selectedProperty().bindBidirectional(model.includeInputsProperty());
        include.setTooltip(new Tooltip("Without the usual exclusion, the answer is often one of the inputs (king)."));

        CheckBox keep = new CheckBox("Keep the drawing on the map");
        keep.setId("analogy-keep");
        keep.selectedProperty().bindBidirectional(model.keepOnMapProperty());
        keep.setTooltip(new Tooltip("Leave the parallelogram on the map while other panels are in front"));

        Button solve = new Button("Solve", new FontIcon("mdi2f-function-variant"));
        solve.setId("analogy-solve");
        solve.setDefaultButton(false);
        solve.getStyleClass().add("accent");
        solve.setOnAction(e -> model.solve());
        MenuButton presets = new MenuButton("Examples", new FontIcon("mdi2l-lightbulb-outline"));
        presets.setId("analogy-presets");
        for (AnalogyPreset preset : AnalogyPreset.ALL) {
            MenuItem item = new MenuItem(preset.label() + "  \u2192  " + preset.expected());
            item.setOnAction(e -> model.applyPreset(preset));
            presets.getItems().add(item);
        }
        HBox actions = new HBox(8, solve, presets);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = boundLabel("analogy-message", "error-text");
        message.textProperty().bind(model.messageProperty());
        Label rank = boundLabel("analogy-rank", "analogy-rank");
        rank.textProperty().bind(model.expectedRankProperty());

        TableView<Neighbor> table = answersTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, explain, terms, new HBox(8, new Label("Method"), method), include, keep, actions,
                message, rank, table);
    }

    private void addTerm(GridPane grid, int row, String name, String id, javafx.beans.property.StringProperty property,
            java.util.function.Function<String, java.util.List<String>> completer, String prompt) {
        WordField field = new WordField(completer);
        field.setId(id);
        field.setPromptText(prompt);
        field.follow(property);
        field.setOnAction(e -> model.solve());
        field.setTooltip(new Tooltip("A word or an expression such as 0.5*paris + berlin"));
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label label = new Label(name);
        label.getStyleClass().add("term-label");
        grid.addRow(row, label, field);
    }

    private static Label boundLabel(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private TableView<Neighbor> answersTable() {
        TableView<Neighbor> table = new TableView<>(model.answers());
        table.setId("analogy-answers");
        org.embedscope.app.gui.common.TableExport.install(table, "analogies.csv");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label("Pick an example or fill in a, b and c, then Solve.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        TableColumn<Neighbor, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(table.getItems().indexOf(c.getValue()) + 1));
        rank.setMaxWidth(44);
        rank.setSortable(false);
        TableColumn<Neighbor, String> word = new TableColumn<>("Answer");
        word.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()));
        word.setSortable(false);
        TableColumn<Neighbor, String> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format("%.4f", c.getValue().score())));
        score.setSortable(false);
        org.embedscope.app.gui.common.NumberTips.measure(score, "cosine similarity");
        table.getColumns().setAll(java.util.List.of(rank, word, score));
        return table;
    }
}
