package org.embedscope.app.cli;

import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.model.projection.InvalidProjectionException;
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
        return e instanceof UsageException || e instanceof InvalidProjectionException ? BAD_USAGE : BAD_DATA;
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
        return e instanceof UsageException ? e.getMessage() : ErrorMessages.describe(e);
    }
}
