package dev.plaza.app.cli;

import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage REST API bearer tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @ParentCommand
    PlazaCommand root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it (only this once; Plaza keeps just a hash).")
    static final class Create implements Runnable {

        @ParentCommand
        TokenCommand parent;

        @Option(names = "--role", paramLabel = "ROLE", description = "owner, manager or viewer (default: viewer)")
        String role = "viewer";

        @Option(names = "--name", description = "what the token is for (default: cli)")
        String name = "cli";

        @Option(names = "--workspace", paramLabel = "SLUG")
        String workspace;

        @Override
        public void run() {
            Role chosen = Role.fromKey(role);
            Context.inWorkspace(parent.root, workspace, (store, target) -> {
                IssuedToken issued = store.apiTokens().create(target.id(), name, chosen);
                System.out.println(issued.secret());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Runnable {

        @ParentCommand
        TokenCommand parent;

        @Option(names = "--workspace", paramLabel = "SLUG")
        String workspace;

        @Override
        public void run() {
            Context.inWorkspace(parent.root, workspace, (store, target) ->
                    store.apiTokens().list(target.id()).forEach(t -> System.out.printf("%-6d %-8s %-14s %-20s %s%n",
                            t.id(), t.role().key(), t.prefix() + "…", t.name(), t.active() ? "active" : "revoked")));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static final class Revoke implements Runnable {

        @ParentCommand
        TokenCommand parent;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--workspace", paramLabel = "SLUG")
        String workspace;

        @Override
        public void run() {
            Context.inWorkspace(parent.root, workspace, (store, target) -> {
                store.apiTokens().revoke(target.id(), id);
                System.out.println("revoked token " + id);
            });
        }
    }
}
