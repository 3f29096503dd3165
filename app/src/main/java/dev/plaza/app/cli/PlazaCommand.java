package dev.plaza.app.cli;

import dev.plaza.core.PlazaException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command; its subcommands do the work. */
@Command(name = "plaza", mixinStandardHelpOptions = true, version = "Plaza 0.1.0",
        description = "Run your brand's decentralized community: fediverse, Bluesky and every other channel, in one place.",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class, UserCommand.class,
                TokenCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class PlazaCommand implements Runnable {

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Configuration file (plaza.toml or plaza.yaml); PLAZA_* environment variables override it.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Map<String, String> env;

    private PlazaCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Optional<Path> configFile() {
        return Optional.ofNullable(config).or(() -> Optional.ofNullable(env.get("PLAZA_CONFIG")).map(Path::of));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Plaza's errors are for people: print the message, no stack trace, and exit non-zero. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line with the given environment in place of the process's (for tests). */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, CommandLine.defaultFactory());
    }

    /** With {@code factory} making the subcommands (tests hand in ones that talk to local peers). */
    static CommandLine commandLine(Map<String, String> env, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new PlazaCommand(env), factory);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PlazaException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(commandLine.getColorScheme().errorText("plaza: " + e.getMessage()));
                return 1;
            }
            throw e;
        });
        return cli;
    }
}
