package org.embedscope.app;

import org.embedscope.app.cli.EmbedscopeCommand;

/**
 * Entry point of the launcher. Deliberately not a JavaFX Application subclass, so that the command
 * line never loads JavaFX and the GUI can be started from a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The GUI command returns only once its window has closed, so every path ends here.
        System.exit(EmbedscopeCommand.run(args.length == 0 ? new String[] {"gui"} : args));
    }
}
