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

    /**
     * Runs the command, turning a stack or heap exhausted by one input (picocli passes Errors through)
     * into the same one-line message and exit code 1 as any other bad input.
     */
    static int executeCatchingErrors(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (StackOverflowError | OutOfMemoryError e) {
            CommandLine commandLine = parsed.commandSpec().commandLine();
            commandLine.getErr().println("embedscope: " + ErrorMessages.describe(e));
            commandLine.getErr().flush();
            return BAD_DATA;
        }
    }

    static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String query = optionLikeQuery(commandLine, args);
        commandLine.getErr().println("embedscope: " + (query == null ? e.getMessage() : "'" + query + "' is not an"
                + " option; to give a word or expression that starts with '-', put -- before it: embedscope "
                + subcommandPath(commandLine) + "-- '" + query + "'"));
        commandLine.getErr().println("Try 'embedscope " + subcommandPath(commandLine) + "--help' for usage.");
        commandLine.getErr().flush();
        return BAD_USAGE;
    }

    /** An argument that starts with '-' but names no option of a command that takes words, or null. */
    private static String optionLikeQuery(CommandLine commandLine, String[] args) {
        if (commandLine.getCommandSpec().positionalParameters().isEmpty()) {
            return null;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            String name = arg.split("=", 2)[0];
            if (arg.length() > 1 && arg.startsWith("-") && !arg.startsWith("--") && !Character.isDigit(arg.charAt(1))
                    && commandLine.getCommandSpec().findOption(name) == null && !name.equals("-h")
                    && !name.equals("--help") && !name.equals("-V") && !name.equals("--version")) {
                return arg;
            }
        }
        return null;
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
