package org.embedscope.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: `embedscope COMMAND [OPTIONS]`. */
@Command(name = "embedscope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explore word embeddings: neighbours, projections, analogies.")
public final class EmbedscopeCommand {
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            GuiCommand.class,
            InfoCommand.class,
            NeighborsCommand.class,
            AnalogyCommand.class,
            EvaluateCommand.class,
            BenchCommand.class,
            ConvertCommand.class,
            BenchLoadCommand.class,
            BenchRenderCommand.class,
            SearchCommand.class,
            RenderCommand.class,
            ProjectCommand.class,
            BiasCommand.class,
            DistancesCommand.class,
            LessonsCommand.class,
            TrainStartupCommand.class,
            CommandLine.HelpCommand.class);

    /** Parses and runs; returns the process exit code (0 ok, 1 bad data or unknown word, 2 bad usage). */
    public static int run(String[] args) {
        if (args.length > 1 && args[0].equals("evaluate") && args[1].equals("analogies")) {
            EvaluateAnalogiesCommand.startEarly(args);
        }
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args)
                .execute(args);
    }

    /** A configured command line with every subcommand, writing to the given streams. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, new String[0]);
    }

    /**
     * A configured command line for these arguments. When they start with a subcommand's name only
     * that subcommand is modelled: picocli reflects over every option of every command it is given,
     * and a short command only needs its own (the saving is some tens of milliseconds; picocli's
     * own set-up, about 0.2 s, remains).
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
        CommandLine commandLine = new CommandLine(new EmbedscopeCommand());
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (only == null || only == subcommand) {
                commandLine.addSubcommand(subcommand);
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        addHelpOptions(commandLine);
        // "-king" is then an unknown option (and the message can suggest "--"), not -k with value "ing".
        commandLine.setPosixClusteredShortOptionsAllowed(false);
        commandLine.setExecutionStrategy(ErrorReporter::executeCatchingErrors);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(ErrorReporter::usageError);
        return commandLine;
    }

    private static Class<?> subcommandNamed(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (subcommand != CommandLine.HelpCommand.class
                    && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
                return subcommand;
            }
        }
        return null;
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
