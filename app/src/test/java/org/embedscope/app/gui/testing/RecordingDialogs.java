package org.embedscope.app.gui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.dialog.OpenRequest;

/** Dialogs for view-model tests: records what would be shown, answers file questions from a script. */
public final class RecordingDialogs implements Dialogs {
    /** One dialog that would have been shown: its kind ("error", "warning", "information"), header and text. */
    public record Shown(String kind, String header, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final List<String> fileQuestions = new ArrayList<>();
    private Path nextFile;

    /** The answer to the next file question (null: the user cancels). */
    public void answerNextFileWith(Path file) {
        nextFile = file;
    }

    @Override
    public void showError(String header, String message) {
        shown.add(new Shown("error", header, message));
    }

    @Override
    public void showWarning(String header, String message) {
        shown.add(new Shown("warning", header, message));
    }

    @Override
    public void showInformation(String header, String message) {
        shown.add(new Shown("information", header, message));
    }

    @Override
    public Optional<Path> chooseFile(String title, Path startFolder, List<FileFilter> filters) {
        fileQuestions.add(title);
        Path answer = nextFile;
        nextFile = null;
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileFilter> filters) {
        return chooseFile(title, null, filters);
    }

    @Override
    public Optional<OpenRequest> askOpenOptions(Path startFolder) {
        fileQuestions.add("open with options");
        return Optional.empty();
    }
}
