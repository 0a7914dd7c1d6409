package org.embedscope.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves are written off the caller's thread, coalesced to the latest, and complete after a flush. */
class SettingsWriterTest {
    @TempDir
    Path dir;

    private static Settings withTheme(String theme) {
        Settings settings = new Settings();
        settings.theme = theme;
        return settings;
    }

    @Test
    void savesWaitingTogetherAreOneWriteOfTheLatest() {
        Queue<Runnable> queued = new ArrayDeque<>();
        SettingsStore store = new SettingsStore(dir);
        SettingsWriter writer = new SettingsWriter(store, queued::add);
        writer.submit(withTheme("light"));
        writer.submit(withTheme("dark"));
        writer.submit(withTheme("light"));
        assertEquals(1, queued.size(), "one write is scheduled for the three saves");
        assertFalse(Files.exists(store.file()), "nothing is written on the caller's thread");

        queued.poll().run();
        assertEquals("light", store.load().theme);

        writer.submit(withTheme("dark"));
        assertEquals(1, queued.size(), "a save after the write is written again");
        queued.poll().run();
        assertEquals("dark", store.load().theme);
    }

    @Test
    void flushWaitsForTheLastSaveAndTheFileHoldsEverySetting() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config"));
        UserSettings user = new UserSettings(store);
        Settings settings = user.settings();
        settings.recentFiles.add("/data/glove.txt");
        OpenedWith options = new OpenedWith();
        options.format = "word2vec";
        options.limit = 5000;
        settings.recentOptions.put("/data/glove.txt", options);
        settings.window = new WindowBounds(10, 20, 1200, 800, false);
        settings.showStartPage = false;
        user.save();
        settings.theme = "light";
        user.save();
        user.flush();

        Settings read = new SettingsStore(dir.resolve("config")).load();
        assertEquals(List.of("/data/glove.txt"), read.recentFiles);
        assertEquals("word2vec", read.recentOptions.get("/data/glove.txt").format);
        assertEquals(5000, read.recentOptions.get("/data/glove.txt").limit);
        assertEquals(new WindowBounds(10, 20, 1200, 800, false), read.window);
        assertEquals(Boolean.FALSE, read.showStartPage);
        assertEquals("light", read.theme);
        assertFalse(Files.exists(store.file().resolveSibling("settings.json.tmp")), "written atomically, no leftover");
    }

    @Test
    void aSavedSnapshotIsNotChangedByLaterEdits() {
        Queue<Runnable> queued = new ArrayDeque<>();
        SettingsStore store = new SettingsStore(dir);
        UserSettings user = new UserSettings(store, new SettingsWriter(store, queued::add));
        user.settings().recentFiles.add("/a.txt");
        user.save();
        // Changed after the save and not saved again: the pending write must not pick this up.
        user.settings().recentFiles.add("/b.txt");
        queued.poll().run();
        assertEquals(List.of("/a.txt"), store.load().recentFiles);
        assertTrue(queued.isEmpty());
    }
}
