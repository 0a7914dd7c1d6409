package org.embedscope.app.gui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.VersionInfo;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.DatasetSource;
import org.embedscope.app.gui.RecentFiles;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.session.Bookmark;
import org.embedscope.app.session.DatasetRef;
import org.embedscope.app.session.Session;
import org.embedscope.app.session.SessionException;
import org.embedscope.app.session.SessionFiles;
import org.embedscope.app.session.SessionView;
import org.embedscope.model.io.OpenOptions;

/**
 * Sessions and bookmarks: save the whole window as a versioned JSON file naming its vectors by
 * content hash, open one (reopening its vectors when they are not the ones on screen), keep named
 * bookmarks inside it, and offer the last session on the next start. A session that cannot be
 * used is refused with a message and the window stays as it was.
 */
public final class SessionViewModel {
    private final AppComposition app;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final SessionCapture capture;
    private final DatasetHashes hashes = new DatasetHashes();
    private final TaskSlot working;
    private final ObservableList<Bookmark> bookmarks = FXCollections.observableArrayList();
    private final ObservableList<Bookmark> bookmarksView = FXCollections.unmodifiableObservableList(bookmarks);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> offered = new ReadOnlyObjectWrapper<>(this, "offered");

    public SessionViewModel(AppComposition app, Dialogs dialogs, RecentFiles recent) {
        this.app = app;
        this.dialogs = dialogs;
        this.recent = recent;
        this.capture = new SessionCapture(app);
        this.working = new TaskSlot(app.executor());
        Path last = recent.lastSession();
        offered.set(last != null && Files.isRegularFile(last) ? last : null);
    }

    public ObservableList<Bookmark> bookmarks() {
        return bookmarksView;
    }

    /** The session file being worked on, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last session, offered until the user opens it, dismisses it or opens another. */
    public ReadOnlyObjectProperty<Path> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    TaskSlot working() {
        return working;
    }

    public void dismissOffer() {
        offered.set(null);
    }

    public void openOffered() {
        Path last = offered.get();
        offered.set(null);
        if (last != null) {
            open(last, () -> { });
        }
    }

    /** File > Save Session: to the current session file, or asks where. */
    public void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            save(file.get(), () -> { });
        }
    }

    public void saveAs() {
        dialogs.chooseSaveFile("Save the session", "session.embedscope.json",
                List.of(new Dialogs.FileFilter("Embedscope sessions", List.of("*.json"))))
                .ifPresent(target -> save(target, () -> { }));
    }

    /** Writes the session in the background; {@code then} runs on the FX thread once it is written. */
    public void save(Path target, Runnable then) {
        DatasetSource source = app.main().sourceProperty().get();
        if (source == null || app.workspace().store() == null) {
            message.set("Open vectors before saving a session");
            return;
        }
        SessionView view = capture.capture();
        List<Bookmark> marks = List.copyOf(bookmarks);
        working.start(BackgroundTask.of("saving the session", p -> {
            Session session = new Session(Session.VERSION, VersionInfo.version(), Instant.now().toString(),
                    hashes.describe(source, p), view, marks);
            SessionFiles.write(target, session);
            return target;
        }).onSuccess(written -> {
            file.set(written);
            recent.setLastSession(written);
            message.set("Saved " + written.getFileName());
            then.run();
        }).onFailure(failure -> dialogs.showError("Could not save the session", ErrorMessages.sentence(failure))));
    }

    public void chooseAndOpen() {
        dialogs.chooseFile("Open a session", recent.lastDirectory(),
                List.of(new Dialogs.FileFilter("Embedscope sessions", List.of("*.json")), Dialogs.FileFilter.ALL))
                .ifPresent(session -> open(session, () -> { }));
    }

    /**
     * Opens a session: reads and checks it, reopens its vectors if others are on screen (refusing
     * when their content changed), then restores the picture. On any problem the window keeps its state.
     */
    public void open(Path sessionFile, Runnable then) {
        offered.set(null);
        DatasetSource current = app.main().sourceProperty().get();
        working.start(BackgroundTask.of("opening the session", p -> {
            Session session = SessionFiles.read(sessionFile);
            DatasetRef saved = session.dataset();
            boolean same = current != null && hashes.describe(current, p).contentHash().equals(saved.contentHash());
            if (!same) {
                hashes.requireContent(saved, sessionFile, p);
            }
            return new Opened(session, same);
        }).onSuccess(opened -> {
            Runnable apply = () -> {
                applyView(opened.session.current());
                bookmarks.setAll(opened.session.bookmarks());
                file.set(sessionFile);
                recent.setLastSession(sessionFile);
                then.run();
            };
            if (opened.same) {
                apply.run();
            } else {
                DatasetRef saved = opened.session.dataset();
                app.main().open(saved.bundled() ? null : Path.of(saved.path()), options(saved), apply);
            }
        }).onFailure(failure -> dialogs.showError("Could not open the session",
                ErrorMessages.sentence(failure) + "\n\nThe window stays as it was.")));
    }

    private static OpenOptions options(DatasetRef saved) {
        OpenOptions options = OpenOptions.defaults().withLimit(saved.limit());
        if (saved.format() != null) {
            options = options.withFormat(org.embedscope.model.io.VectorFormat.parse(saved.format()));
        }
        return saved.metadata() == null ? options : options.withMetadata(Path.of(saved.metadata()));
    }

    private void applyView(SessionView view) {
        applyView(view, true);
    }

    private void applyView(SessionView view, boolean front) {
        List<String> problems = capture.apply(view, front);
        message.set("");
        if (!problems.isEmpty()) {
            dialogs.showWarning("Session opened with problems", String.join("\n", problems));
        }
    }

    /** Adds a bookmark of what the window shows now. */
    public void addBookmark(String name) {
        if (app.workspace().store() == null) {
            return;
        }
        String label = name == null || name.isBlank() ? "Bookmark " + (bookmarks.size() + 1) : name.strip();
        bookmarks.add(new Bookmark(label, Instant.now().toString(), capture.capture()));
    }

    /** Shows a bookmark's picture (on the vectors open now, which a session's bookmarks share). */
    public void show(Bookmark bookmark) {
        try {
            // The list stays in front, so that the next bookmark is one click away.
            applyView(bookmark.view(), false);
        } catch (SessionException e) {
            dialogs.showError("Could not show the bookmark", ErrorMessages.sentence(e));
        }
    }

    public void remove(Bookmark bookmark) {
        bookmarks.remove(bookmark);
    }

    public void rename(Bookmark bookmark, String name) {
        int at = bookmarks.indexOf(bookmark);
        if (at >= 0 && name != null && !name.isBlank()) {
            bookmarks.set(at, new Bookmark(name.strip(), bookmark.created(), bookmark.view()));
        }
    }

    List<Bookmark> bookmarkList() {
        return new ArrayList<>(bookmarks);
    }

    private record Opened(Session session, boolean same) {
    }
}
