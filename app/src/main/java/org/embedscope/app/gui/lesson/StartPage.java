package org.embedscope.app.gui.lesson;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.embedscope.app.lesson.Lesson;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window shows first: one card per lesson (one click starts it), "explore on my own" and
 * "open my own vectors". It lies over the window, which is already live beneath it.
 */
public final class StartPage extends StackPane {
    private static final int COLUMNS = 3;
    private static final double TEXT_WIDTH = 250;

    public StartPage(LessonViewModel lessons, Runnable openVectors) {
        setId("start-page");
        getStyleClass().add("start-page");
        Label title = new Label("Embedscope");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("See what word vectors learnt from billions of words of text. Follow a lesson"
                + " (each one sets up the window step by step), or explore on your own.");
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(USE_PREF_SIZE);

        GridPane cards = new GridPane();
        cards.setHgap(14);
        cards.setVgap(14);
        cards.setId("start-lessons");
        int number = 0;
        for (Lesson lesson : lessons.lessons()) {
            HBox card = card(number + 1, lesson, () -> {
                lessons.start(lesson.id(), 0);
                lessons.startPageShownProperty().set(false);
            });
            cards.add(card, number % COLUMNS, number / COLUMNS);
            number++;
        }

        Button explore = new Button("Explore on my own", new FontIcon("mdi2m-map-search-outline"));
        explore.setId("start-explore");
        explore.getStyleClass().add("accent");
        explore.setOnAction(e -> lessons.startPageShownProperty().set(false));
        Button open = new Button("Open my own vectors\u2026", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("start-open");
        open.setOnAction(e -> {
            lessons.startPageShownProperty().set(false);
            openVectors.run();
        });
        CheckBox atStart = new CheckBox("Show this page when Embedscope starts");
        atStart.setId("start-show-at-start");
        atStart.selectedProperty().bindBidirectional(lessons.showAtStartProperty());
        HBox actions = new HBox(12, explore, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label lessonsTitle = new Label("Lessons");
        lessonsTitle.getStyleClass().add("start-section");
        // A teacher's own lesson file that cannot be read is named here, not only on a console.
        Label problems = new Label(String.join("\n", lessons.library().problems()));
        problems.setId("start-lesson-problems");
        problems.getStyleClass().add("lesson-notice");
        problems.setWrapText(true);
        problems.setVisible(!lessons.library().problems().isEmpty());
        problems.setManaged(problems.isVisible());
        VBox card = new VBox(14, title, subtitle, lessonsTitle, cards, problems, actions, atStart);
        card.getStyleClass().add("start-card");
        card.setPadding(new Insets(28, 32, 24, 32));
        card.setMaxWidth(1040);
        card.setMaxHeight(USE_PREF_SIZE);
        // A projector's 1280x720 with presenter mode's large text can be shorter than the page.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("start-scroll");
        scroll.setMaxWidth(1040);
        scroll.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(scroll);
        setPadding(new Insets(24));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                lessons.startPageShownProperty().set(false);
                e.consume();
            }
        });
        visibleProperty().bind(lessons.startPageShownProperty());
        managedProperty().bind(visibleProperty());
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                explore.requestFocus();
            }
        });
    }

    /**
     * A card that acts as a button (click, Enter or Space). Not a Button: a button's graphic is laid
     * out without the width its wrapped text gets, which made some rows far too tall.
     */
    private static HBox card(int number, Lesson lesson, Runnable start) {
        Label index = new Label(Integer.toString(number));
        index.getStyleClass().add("lesson-card-number");
        index.setMinWidth(USE_PREF_SIZE);
        Label name = new Label(lesson.title());
        name.getStyleClass().add("lesson-card-title");
        name.setWrapText(true);
        Label summary = new Label(lesson.summary());
        summary.getStyleClass().add("lesson-card-summary");
        summary.setWrapText(true);
        Label steps = new Label(lesson.size() + " steps");
        steps.getStyleClass().add("lesson-card-steps");
        VBox body = new VBox(6, name, summary, steps);
        body.setPrefWidth(TEXT_WIDTH);
        HBox card = new HBox(12, index, body);
        card.setId("lesson-card-" + lesson.id());
        card.getStyleClass().add("lesson-card");
        card.setMaxHeight(Double.MAX_VALUE);
        card.setFocusTraversable(true);
        card.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        card.setAccessibleText("Start the lesson " + lesson.title());
        card.setCursor(javafx.scene.Cursor.HAND);
        card.setOnMouseClicked(e -> start.run());
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                start.run();
                e.consume();
            }
        });
        return card;
    }
}
