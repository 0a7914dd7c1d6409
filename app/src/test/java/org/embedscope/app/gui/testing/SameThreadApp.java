package org.embedscope.app.gui.testing;

import java.nio.file.Path;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.RecentFiles;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;

/** The app's view models without a window, running every task at once, on a dataset. */
public final class SameThreadApp {
    private SameThreadApp() {
    }

    /** @param settings where the settings go (a test's temporary folder) */
    public static AppComposition on(VectorStore store, Path settings) {
        AppComposition app = new AppComposition(new SameThreadTaskExecutor(), new RecordingDialogs(),
                new RecentFiles(new UserSettings(new SettingsStore(settings))));
        app.workspace().setDataset(store, PrefixIndex.of(store.vocabulary()));
        return app;
    }
}
