package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening files without a window: the previous dataset stays whenever the new one does not arrive. */
class MainViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    private UserSettings settings;

    private AppComposition app(TaskExecutor executor) {
        settings = new UserSettings(new SettingsStore(dir.resolve("config")));
        return new AppComposition(executor, dialogs, new RecentFiles(settings));
    }

    /** The recent-files list is saved on the settings writer's thread: done before the folder is deleted. */
    @org.junit.jupiter.api.AfterEach
    void flushSettings() {
        if (settings != null) {
            settings.flush();
        }
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aGoodFileReplacesTheDatasetGetsItsMapAndIsRemembered() throws Exception {
        AppComposition app = app(new SameThreadTaskExecutor());
        Path tiny = file("tiny.txt", "alpha 1 0 0\nbeta 0.9 0.1 0\ngamma 0 1 0\ndelta 0 0 1\n");
        boolean[] mapped = new boolean[1];
        app.main().open(tiny, org.embedscope.model.io.OpenOptions.defaults(), () -> mapped[0] = true);
        assertEquals(4, app.workspace().store().size());
        assertEquals("tiny.txt \u2014 Embedscope", app.main().titleProperty().get());
        assertEquals("PCA", app.workspace().layout().title());
        assertTrue(mapped[0], "the start-up action ran once the map was there");
        assertEquals(List.of(tiny.toAbsolutePath()), app.main().recentFiles().files());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aBrokenFileIsExplainedWithItsLineAndThePreviousDatasetStays() throws Exception {
        AppComposition app = app(new SameThreadTaskExecutor());
        app.main().open(file("good.txt", "alpha 1 0\nbeta 0 1\ngamma 1 1\n"));
        VectorStore before = app.workspace().store();
        app.main().open(file("broken.txt", "alpha 1 0 0\nbeta 0.9 oops 0\n"));
        assertSame(before, app.workspace().store());
        RecordingDialogs.Shown error = dialogs.shown.get(dialogs.shown.size() - 1);
        assertEquals("error", error.kind());
        assertEquals("Could not open broken.txt", error.header());
        assertTrue(error.message().startsWith("broken.txt, line 2:"), error.message());
        assertTrue(error.message().endsWith("The previous dataset stays open."), error.message());
    }

    @Test
    void cancellingALoadKeepsThePreviousDatasetAndSaysNothing() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        AppComposition app = app(executor);
        app.main().open(file("first.txt", "alpha 1 0\nbeta 0 1\ngamma 1 1\n"));
        executor.runAll();
        VectorStore before = app.workspace().store();
        app.main().open(file("second.txt", "delta 1 0\nepsilon 0 1\nzeta 1 1\n"));
        executor.cancelNewestVisible();
        executor.runAll();
        assertSame(before, app.workspace().store());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertEquals(List.of(dir.resolve("first.txt").toAbsolutePath()), app.main().recentFiles().files());
    }

    @Test
    void aFileWithToleratedProblemsOpensWithAWarning() throws Exception {
        AppComposition app = app(new SameThreadTaskExecutor());
        app.main().open(file("dupes.txt", "alpha 1 0\nbeta 0 1\nalpha 1 1\ngamma 0.5 0.5\n"));
        assertEquals(3, app.workspace().store().size());
        RecordingDialogs.Shown warning = dialogs.shown.get(0);
        assertEquals("warning", warning.kind());
        assertTrue(warning.message().contains("dupes.txt was opened, but"), warning.message());
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedWithAMessage() throws Exception {
        AppComposition app = app(new SameThreadTaskExecutor());
        Path file = file("soon-gone.txt", "alpha 1 0\nbeta 0 1\ngamma 1 1\n");
        app.main().open(file);
        Files.delete(file);
        app.main().openRecent(file.toAbsolutePath());
        assertTrue(app.main().recentFiles().files().isEmpty());
        assertTrue(dialogs.shown.get(0).message().startsWith("No such file: "), dialogs.shown.get(0).message());
    }
}
