package dev.plaza.app;

import dev.plaza.app.cli.PlazaCommand;
import picocli.CommandLine;

/** {@code plaza}: the server and its command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PlazaCommand.commandLine().execute(args));
    }
}
