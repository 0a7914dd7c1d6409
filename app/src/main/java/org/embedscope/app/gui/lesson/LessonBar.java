package org.embedscope.app.gui.lesson;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.BooleanProperty;
import org.embedscope.app.lesson.Lesson;
import org.embedscope.app.lesson.LessonStep;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson strip along the bottom of the window while a lesson runs: where we are, the step's
 * text, and Previous / Next / Leave (also Page Up and Page Down, which a presenter's clicker sends).
 * The rest of the window stays live: the class can explore from any step.
 */
public final class LessonBar extends VBox {
    private final LessonViewModel model;

    public LessonBar(LessonViewModel model, BooleanProperty presenter) {
        this.model = model;
        setId("lesson-bar");
        getStyleClass().add("lesson-bar");
        setPadding(new Insets(10, 16, 10, 16));
        setSpacing(4);

        Label where = new Label();
        where.setId("lesson-where");
        where.getStyleClass().add("lesson-where");
        where.setGraphic(new FontIcon("mdi2s-school-outline"));
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            Lesson lesson = model.lessonProperty().get();
            return lesson == null ? "" : lesson.title() + "  \u00b7  step " + (model.stepProperty().get() + 1) + " of "
                    + lesson.size();
        }, model.lessonProperty(), model.stepProperty()));
        Label title = new Label();
        title.setId("lesson-step-title");
        title.getStyleClass().add("lesson-step-title");
        Label text = new Label();
        text.setId("lesson-step-text");
        text.getStyleClass().add("lesson-step-text");
        text.setWrapText(true);
        Label notice = new Label();
        notice.setId("lesson-notice");
        notice.getStyleClass().add("lesson-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(model.noticeProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());

        Button previous = button("Previous", "mdi2c-chevron-left", "The step before (Page Up)", model::previous);
        previous.setId("lesson-previous");
        previous.disableProperty().bind(model.firstStepProperty());
        Button next = button("Next", "mdi2c-chevron-right", "The next step (Page Down)", model::next);
        next.setId("lesson-next");
        next.getStyleClass().add("accent");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.disableProperty().bind(model.lastStepProperty());
        Button leave = button("Leave", "mdi2c-close", "End the lesson and keep exploring from here", model::leave);
        leave.setId("lesson-leave");
        ToggleButton present = new ToggleButton("Present", new FontIcon("mdi2p-projector-screen-outline"));
        present.setId("lesson-present");
        present.setTooltip(new Tooltip("Presenter mode: large text for a projector (F5)"));
        present.selectedProperty().bindBidirectional(presenter);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons share the top line, so the text has the strip's whole width.
        HBox top = new HBox(8, where, gap, previous, next, leave, present);
        for (var control : List.of(previous, next, leave, present)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        where.setMinWidth(0);
        top.setAlignment(Pos.CENTER_LEFT);
        text.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, title, text, notice);

        model.stepProperty().addListener((o, old, i) -> showStep(title, text));
        model.lessonProperty().addListener((o, old, lesson) -> showStep(title, text));
        // Results fill the panel and move what lies below them: bring the step's part up again.
        model.settledProperty().addListener((o, old, n) -> {
            LessonStep step = model.currentStep();
            if (step != null && step.show() != null) {
                Platform.runLater(() -> reveal(step.show()));
                // Some views fill in a moment later still (a table selects its first row, then shows its details).
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(400));
                later.setOnFinished(e -> {
                    if (model.currentStep() == step) {
                        reveal(step.show());
                    }
                });
                later.play();
            }
        });
        managedProperty().bind(model.activeProperty());
        visibleProperty().bind(managedProperty());
    }

    private void showStep(Label title, Label text) {
        LessonStep step = model.currentStep();
        title.setText(step == null ? "" : step.title());
        text.setText(step == null ? "" : step.text());
        if (step != null && step.show() != null) {
            // After the panel came to the front and laid out; again once the step's work is done (below).
            Platform.runLater(() -> reveal(step.show()));
        }
    }

    /** Opens the part of a panel a step talks about and scrolls it to the top of the view. */
    private void reveal(String id) {
        if (getScene() == null) {
            return;
        }
        Node part = getScene().lookup("#" + id);
        if (part == null) {
            return;
        }
        // The part itself, or the folded sections it sits in, are opened first.
        for (Node up = part; up != null; up = up.getParent()) {
            if (up instanceof TitledPane pane) {
                pane.setExpanded(true);
            }
        }
        for (Node up = part.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                scroll.layout();
                Node content = scroll.getContent();
                double y = content.sceneToLocal(part.localToScene(0, 0)).getY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                // Every scrolling ancestor that can move brings it up (a chart may sit in a small one of its own).
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, y / room));
                }
            }
        }
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
