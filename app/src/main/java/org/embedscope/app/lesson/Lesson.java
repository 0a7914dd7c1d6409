package org.embedscope.app.lesson;

import java.util.List;

/**
 * A lesson: a sequence of steps that each set the window up and say one thing in plain language.
 * Lessons are data (JSON files in assets/data/lessons, or in the user's lessons folder), so that a
 * teacher can add one without a build.
 *
 * @param id      stable, lower case with dashes: `gui --lesson ID` and the menus use it
 * @param source  where it was read from, for messages ("bundled" or a file path)
 */
public record Lesson(String id, String title, String summary, List<LessonStep> steps, String source) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    public LessonStep step(int index) {
        return steps.get(index);
    }

    public int size() {
        return steps.size();
    }
}
