package org.embedscope.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: `embedscope COMMAND [OPTIONS]`. */
@Command(name = "embedscope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explore word embeddings: neighbours, projections, analogies.",
        subcommands = {
            GuiCommand.class,
            InfoCommand.class,
            NeighborsCommand.class,
            AnalogyCommand.class,
            EvaluateCommand.class,
            BenchCommand.class,
            ConvertCommand.class,
            BenchLoadCommand.class,
            ProjectCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class EmbedscopeCommand {

    /** Parses and runs; returns the process exit code (0 ok, 1 bad data or unknown word, 2 bad usage). */
    public static int run(String[] args) {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests capture them). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EmbedscopeCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        addHelpOptions(commandLine);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(ErrorReporter::usageError);
        return commandLine;
    }

    /** Every command, however deep, answers --help and --version (errors point users to --help). */
    private static void addHelpOptions(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            addHelpOptions(sub);
        }
    }
}
