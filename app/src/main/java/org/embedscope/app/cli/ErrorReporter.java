package org.embedscope.app.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.embedscope.model.CancelledException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.UnknownWordException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for usage mistakes, 1 for bad
 * data, unknown words and unreadable files. Stack traces only with EMBEDSCOPE_DEBUG=1.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int BAD_DATA = 1;
    static final int BAD_USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        commandLine.getErr().println("embedscope: " + describe(e));
        if ("1".equals(System.getenv("EMBEDSCOPE_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return e instanceof UsageException ? BAD_USAGE : BAD_DATA;
    }

    static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("embedscope: " + e.getMessage());
        commandLine.getErr().println("Try 'embedscope " + subcommandPath(commandLine) + "--help' for usage.");
        commandLine.getErr().flush();
        return BAD_USAGE;
    }

    private static String subcommandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return describe(e.getCause());
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof DataFormatException || e instanceof UnknownWordException || e instanceof UsageException) {
            return e.getMessage();
        }
        if (e instanceof CancelledException) {
            return "cancelled";
        }
        if (e instanceof IOException) {
            return "I/O error: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more with EMBEDSCOPE_JAVA_OPTS=-Xmx...";
        }
        return "internal error: " + e + " (run with EMBEDSCOPE_DEBUG=1 for details)";
    }
}
