package org.embedscope.app.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.app.gui.LaunchOptions;
import org.embedscope.app.gui.EmbedscopeApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the Embedscope window (the default when no command is given).")
final class GuiCommand implements Callable<Integer> {
    private static final java.util.List<String> PANELS = java.util.List.of("neighbours", "analogy", "map", "bias", "distances",
            "evaluate");

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Wait until the map is drawn, save a PNG of the whole window, and exit.")
    Path screenshot;

    @Option(names = "--select", paramLabel = "WORD", description = "Select this word once the map is drawn.")
    String select;

    @Option(names = "--dims", defaultValue = "2", paramLabel = "2|3", description = "Start with a 2D or a 3D map (default: ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--panel", paramLabel = "ID",
            description = "Show this side panel first: neighbours, analogy, map, bias, distances or evaluate.")
    String panel;

    @Option(names = "--session", paramLabel = "FILE", description = "Open this saved session (and its vectors).")
    Path session;

    @Option(names = "--save-session", paramLabel = "FILE",
            description = "Save the session to FILE once the map is drawn (for scripts and tests).")
    Path saveSession;

    @Option(names = "--lesson", paramLabel = "ID",
            description = "Start this lesson once the map is drawn (see the lessons command for the ids).")
    String lesson;

    @Option(names = "--step", paramLabel = "N", defaultValue = "1",
            description = "With --lesson: start at step N (default: ${DEFAULT-VALUE}).")
    int step;

    @Option(names = "--presenter", description = "Start in presenter mode: large text for a projector (F5 toggles it).")
    boolean presenter;

    @Option(names = "--start-page", negatable = true,
            description = "Show the start page (the lessons) over the window, or not; default: as last chosen.")
    Boolean startPage;

    @Override
    public Integer call() throws Exception {
        if (session != null && dataset.vectors != null) {
            throw new UsageException("--session opens the vectors the session names; leave out --vectors");
        }
        org.embedscope.model.io.OpenOptions open = dataset.openOptions();
        if (dataset.vectors != null && !Files.exists(dataset.vectors)) {
            throw new NoSuchFileException(dataset.vectors.toString());
        }
        if (dims != 2 && dims != 3) {
            throw new UsageException("--dims must be 2 or 3, not " + dims);
        }
        if (panel != null && !PANELS.contains(panel)) {
            throw new UsageException("--panel must be one of " + String.join(", ", PANELS) + ", not " + panel);
        }
        if (session != null) {
            // A bad session is refused here, before a window opens: one line and exit 1.
            org.embedscope.app.session.SessionFiles.read(session);
        }
        if (lesson != null) {
            checkLesson();
        } else if (step != 1) {
            throw new UsageException("--step needs --lesson");
        }
        return EmbedscopeApp.launch(new LaunchOptions(dataset.vectors, open, screenshot, select, dims, panel, session,
                saveSession, lesson, step - 1, presenter, startPage));
    }

    /** An unknown lesson or a step it does not have is a usage error before any window opens. */
    private void checkLesson() {
        var library = org.embedscope.app.lesson.LessonLibrary.load(LessonsCommand.userFolder());
        var found = library.find(lesson).orElseThrow(() -> new UsageException("there is no lesson '" + lesson
                + "'; the lessons are " + String.join(", ", library.all().stream()
                        .map(org.embedscope.app.lesson.Lesson::id).toList())));
        if (step < 1 || step > found.size()) {
            throw new UsageException("--step must be 1 to " + found.size() + " for the lesson " + lesson + ", not "
                    + step);
        }
    }
}
