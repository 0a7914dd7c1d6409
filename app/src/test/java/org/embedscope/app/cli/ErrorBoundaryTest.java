package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** An exhausted stack or heap ends a command with the one-line message and exit 1, not a trace. */
class ErrorBoundaryTest {
    @Command(name = "deep")
    static final class Deep implements Callable<Integer> {
        @Override
        public Integer call() {
            return recurse(0);
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }

    @Command(name = "huge")
    static final class Huge implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static String[] run(Object command) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionStrategy(ErrorReporter::executeCatchingErrors);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        int code = commandLine.execute();
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    @Test
    void aStackOverflowIsOneLineAndExitOne() {
        String[] result = run(new Deep());
        assertEquals("1", result[0]);
        assertEquals("embedscope: the input is nested too deeply to process", result[1]);
    }

    @Test
    void anOutOfMemoryErrorIsOneLineAndExitOne() {
        String[] result = run(new Huge());
        assertEquals("1", result[0]);
        assertEquals("embedscope: not enough memory; start Embedscope with more, e.g. EMBEDSCOPE_JAVA_OPTS=-Xmx16g",
                result[1]);
    }
}
