package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `embedscope gui` on a desktop without GTK 3: a real JVM, a real X display (Xvfb) and a libgtk-3
 * that cannot be loaded (a file that is not a library, first on the library path). The user must
 * read one line naming the package to install. Needs Xvfb; skipped where it is not installed.
 */
class GuiWithoutGtkTest {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");

    @TempDir
    Path dir;

    @Test
    void saysWhichPackageToInstall() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(XVFB), "no Xvfb here");
        Path libraries = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(libraries.resolve("libgtk-3.so.0"), "not a library");
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        Process xvfb = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1280x720x24")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        try {
            String display = readDisplay(xvfb);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                    "org.embedscope.app.Main", "gui"));
            ProcessBuilder gui = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile());
            gui.environment().put("DISPLAY", ":" + display);
            gui.environment().put("LD_LIBRARY_PATH", libraries.toString());
            gui.environment().put("EMBEDSCOPE_CONFIG_DIR", dir.resolve("config").toString());
            Process process = gui.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ended");
            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertEquals(1, process.exitValue(), err);
            String last = err.strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("embedscope: the window needs the GTK 3 library"), err);
            assertTrue(last.contains("sudo apt-get install libgtk-3-0"), err);
            assertTrue(!err.contains("Exception") && !err.contains("internal error"), err);
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Blocks until Xvfb is ready and says which display it took. */
    private static String readDisplay(Process xvfb) throws IOException {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream(),
                StandardCharsets.US_ASCII));
        String line = reader.readLine();
        Assumptions.assumeTrue(line != null && line.strip().matches("[0-9]+"), "Xvfb did not start");
        return line.strip();
    }
}
