package org.embedscope.app.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.app.gui.LaunchOptions;
import org.embedscope.app.gui.EmbedscopeApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the Embedscope window (the default when no command is given).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--vectors", paramLabel = "FILE", description = "Vector file to open (default: the bundled dataset).")
    Path vectors;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Wait until the map is drawn, save a PNG of the whole window, and exit.")
    Path screenshot;

    @Option(names = "--select", paramLabel = "WORD", description = "Select this word once the map is drawn.")
    String select;

    @Override
    public Integer call() throws Exception {
        if (vectors != null && !Files.exists(vectors)) {
            throw new NoSuchFileException(vectors.toString());
        }
        return EmbedscopeApp.launch(new LaunchOptions(vectors, screenshot, select));
    }
}
