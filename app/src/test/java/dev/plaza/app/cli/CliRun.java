package dev.plaza.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line as an operator makes it, with its exit status and what it printed. */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code plaza args} with only {@code env} as the process environment. */
    public static CliRun of(Map<String, String> env, String... args) {
        return of(env, CommandLine.defaultFactory(), args);
    }

    /** With {@code factory} making the subcommands. */
    static CliRun of(Map<String, String> env, CommandLine.IFactory factory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = PlazaCommand.commandLine(env, factory);
            cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            int exit = cli.execute(args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
