package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Recent reopens a file with the options it was opened with, also after a restart. */
class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void theOptionsAreRememberedAcrossRuns() {
        Path config = dir.resolve("config");
        Path file = dir.resolve("my_vectors_v2.txt");
        Path metadata = dir.resolve("labels.tsv");
        OpenOptions options = OpenOptions.defaults().withFormat(VectorFormat.WORD2VEC).withLimit(5000)
                .withMetadata(metadata);
        UserSettings first = new UserSettings(new SettingsStore(config));
        new RecentFiles(first).add(file, options);
        first.flush();

        RecentFiles later = new RecentFiles(new UserSettings(new SettingsStore(config)));
        Path remembered = later.files().get(0);
        assertEquals("my_vectors_v2.txt", remembered.getFileName().toString(), "the name is kept exactly");
        OpenOptions again = later.optionsFor(remembered);
        assertEquals(VectorFormat.WORD2VEC, again.format());
        assertEquals(5000, again.limit());
        assertEquals(metadata.toAbsolutePath(), again.metadata());
        assertEquals(OpenOptions.defaults(), later.optionsFor(dir.resolve("never-opened.txt")));
    }
}
