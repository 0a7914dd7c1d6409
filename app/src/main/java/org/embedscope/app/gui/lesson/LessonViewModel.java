package org.embedscope.app.gui.lesson;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.lesson.Lesson;
import org.embedscope.app.lesson.LessonLibrary;
import org.embedscope.app.lesson.LessonStep;

/**
 * The lesson being followed, if any, and where in it: start one, step forward and back, leave it.
 * Every step is played afresh from its own description, so stepping back shows what it showed
 * before; leaving keeps the window as the last step left it, to go on exploring from there.
 */
public final class LessonViewModel {
    private final StepPlayer player;
    private final LessonLibrary library;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyIntegerWrapper settled = new ReadOnlyIntegerWrapper(this, "settled", 0);
    private final BooleanBinding active = lesson.isNotNull();
    private final javafx.beans.property.BooleanProperty startPageShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "startPageShown", false);
    private final BooleanBinding first;
    private final BooleanBinding last;

    public LessonViewModel(AppComposition app, LessonLibrary library) {
        this.player = new StepPlayer(app);
        this.library = library;
        first = Bindings.createBooleanBinding(() -> step.get() == 0, step);
        last = Bindings.createBooleanBinding(() -> lesson.get() == null || step.get() == lesson.get().size() - 1,
                step, lesson);
    }

    public LessonLibrary library() {
        return library;
    }

    /** Every lesson on offer, in course order. */
    public List<Lesson> lessons() {
        return library.all();
    }

    /** The lesson followed, or null. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** Counts steps whose commands have all finished their work: the window shows their results now. */
    public ReadOnlyIntegerProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** The step on screen, 0-based. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What the step could not do on these vectors, as sentences; empty when it could do everything. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private final javafx.beans.property.BooleanProperty showAtStart =
            new javafx.beans.property.SimpleBooleanProperty(this, "showAtStart", true);

    /** Whether the window opens with the start page (a setting the user can turn off). */
    public javafx.beans.property.BooleanProperty showAtStartProperty() {
        return showAtStart;
    }

    /** Whether the start page (the lessons, explore, open) lies over the window. */
    public javafx.beans.property.BooleanProperty startPageShownProperty() {
        return startPageShown;
    }

    public BooleanBinding activeProperty() {
        return active;
    }

    public BooleanBinding firstStepProperty() {
        return first;
    }

    public BooleanBinding lastStepProperty() {
        return last;
    }

    /** The step on screen, or null outside a lesson. */
    public LessonStep currentStep() {
        Lesson current = lesson.get();
        return current == null ? null : current.step(step.get());
    }

    /**
     * Starts a lesson at a step (0-based; past the end means the last step).
     *
     * @throws IllegalArgumentException for an unknown lesson id, naming the ones there are
     */
    public void start(String id, int at) {
        Lesson chosen = library.find(id).orElseThrow(() -> new IllegalArgumentException("there is no lesson '" + id
                + "'; the lessons are " + String.join(", ", lessons().stream().map(Lesson::id).toList())));
        lesson.set(chosen);
        show(Math.max(0, Math.min(at, chosen.size() - 1)));
    }

    public void next() {
        if (lesson.get() != null && !last.get()) {
            show(step.get() + 1);
        }
    }

    public void previous() {
        if (lesson.get() != null && !first.get()) {
            show(step.get() - 1);
        }
    }

    /** Plays the step on screen again (after the user changed things, or on other vectors). */
    public void replay() {
        if (lesson.get() != null) {
            show(step.get());
        }
    }

    /**
     * Sets up a step's inputs, panel and selection without running its commands, and says what it could
     * not do: for lesson authors and tests. (Like a new step, it stops what a step still had queued.)
     */
    public List<String> check(Lesson lessonToCheck, int index) {
        return player.check(lessonToCheck, index);
    }

    /** Ends the lesson; the window keeps what is on screen. */
    public void leave() {
        player.abandon();
        lesson.set(null);
        step.set(0);
        notice.set("");
    }

    private void show(int index) {
        step.set(index);
        player.play(lesson.get(), index, problems -> notice.set(String.join(" ", problems.stream()
                .map(LessonViewModel::sentence).toList())), () -> settled.set(settled.get() + 1));
    }

    private static String sentence(String problem) {
        String text = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
