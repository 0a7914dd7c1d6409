package org.embedscope.app.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.UnknownWordException;
import org.junit.jupiter.api.Test;

/** The one error table of the command line and the window. */
class ErrorMessagesTest {
    @Test
    void aMissingGtkSaysWhichPackageToInstall() {
        // What JavaFX's glass throws when libgtk-3 cannot be loaded.
        String text = ErrorMessages.describe(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertTrue(text.contains("GTK 3"), text);
        assertTrue(text.contains("apt-get install libgtk-3-0"), text);
        assertTrue(!text.contains("internal error") && !text.contains("Exception"), text);
    }

    @Test
    void noDisplaySaysHowToRunWithoutOne() {
        String text = ErrorMessages.describe(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertTrue(text.startsWith("there is no display"), text);
        assertTrue(text.contains("xvfb-run"), text);
    }

    @Test
    void userFacingMessagesPassThroughAndOthersAreNamed() {
        assertEquals("unknown word: zebra", ErrorMessages.describe(new UnknownWordException("zebra")));
        assertEquals("no such file: /x/y.txt", ErrorMessages.describe(new NoSuchFileException("/x/y.txt")));
        assertEquals("could not read the file: disk gone", ErrorMessages.describe(new IOException("disk gone")));
        assertTrue(ErrorMessages.describe(new IllegalStateException("bug")).startsWith("internal error: "));
    }

    @Test
    void sentencesAreCapitalisedUnlessTheyStartWithAName() {
        assertEquals("Unknown word: zebra.", ErrorMessages.sentence(new UnknownWordException("zebra")));
        assertEquals("vectors.txt, line 3: not a number.",
                ErrorMessages.sentence(DataFormatException.atLine("vectors.txt", 3, "not a number")));
    }

    @Test
    void inTheWindowFlagsBecomeMenuItems() {
        var memory = org.embedscope.model.DataFormatException.inFile("big.txt",
                "not enough memory to load it; use --limit, or give Java more memory");
        assertEquals("big.txt: not enough memory to load it; use a word limit in File \u203a Open With Options, "
                + "or give Java more memory.", ErrorMessages.inWindow(memory));
        var format = org.embedscope.model.DataFormatException.inFile("x.dat",
                "does not look like vectors; name it with --format");
        assertTrue(ErrorMessages.inWindow(format).endsWith("choose its format in File \u203a Open With Options."),
                ErrorMessages.inWindow(format));
        assertTrue(ErrorMessages.sentence(format).endsWith("--format."), "the command line keeps its flags");
    }
}
