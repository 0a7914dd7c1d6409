package org.embedscope.app.gui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the app shows, behind one interface: view models ask through it, the window shows
 * real dialogs ({@link FxDialogs}) and tests answer and record instead.
 */
public interface Dialogs {
    /** A problem the user should know about; the app keeps working. */
    void showError(String header, String message);

    /** Something worked, but not quite as expected (an opened file had problems). */
    void showWarning(String header, String message);

    void showInformation(String header, String message);

    /**
     * Asks for a file to read.
     *
     * @param filters pairs of a description and its patterns, e.g. "Vector files", "*.txt"
     */
    Optional<Path> chooseFile(String title, Path startFolder, List<FileFilter> filters);

    /** Asks where to save; {@code suggestedName} is the proposed file name. Empty if the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileFilter> filters);

    /** File > Open With Options. */
    Optional<OpenRequest> askOpenOptions(Path startFolder);

    /** A named set of file name patterns for a file chooser. */
    record FileFilter(String description, List<String> patterns) {
        public static final FileFilter ALL = new FileFilter("All files", List.of("*"));
    }
}
