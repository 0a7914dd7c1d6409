package org.embedscope.app.errors;

/**
 * JavaFX fails to open a window with terse internal messages when the desktop's libraries or the
 * display are missing; these say what to install or do instead.
 */
final class WindowSystemProblem {
    static final String NO_GTK = "the window needs the GTK 3 library, which is not installed; install it"
            + " (Debian/Ubuntu: sudo apt-get install libgtk-3-0, Fedora: sudo dnf install gtk3)"
            + " or use the command-line commands, which need no window";
    static final String NO_DISPLAY = "there is no display to open the window on; run it on a desktop, or under"
            + " xvfb-run for screenshots, or use the command-line commands, which need no window";

    private WindowSystemProblem() {
    }

    /** The advice for a window-system failure, or null when the failure is something else. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unable to load glass GTK library") || message.contains("libgtk-3")) {
                return NO_GTK;
            }
            if (message.contains("Unable to open DISPLAY") || message.contains("cannot open display")) {
                return NO_DISPLAY;
            }
        }
        return null;
    }
}
