package dev.plaza.app.cli;

import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.store.PlazaStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the team members who can log in.",
        subcommands = {UserCommand.Add.class, UserCommand.ListMembers.class, UserCommand.Password.class})
final class UserCommand implements Runnable {

    @ParentCommand
    PlazaCommand root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a team member. There is no open sign-up: this is how the first owner is made.",
                    "The password is asked for on a terminal, read from stdin with --password-stdin, or generated."})
    static final class Add implements Runnable {

        @ParentCommand
        UserCommand parent;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @ArgGroup(exclusive = true)
        RoleChoice role = new RoleChoice();

        static final class RoleChoice {
            @Option(names = "--owner", description = "make an owner (manages the team and API tokens)")
            boolean owner;

            @Option(names = "--role", paramLabel = "ROLE", description = "owner, manager or viewer (default: viewer)")
            String role;

            Role resolve() {
                return owner ? Role.OWNER : role == null ? Role.VIEWER : Role.fromKey(role);
            }
        }

        @Option(names = "--name", description = "display name (default: the email)")
        String name = "";

        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean passwordStdin;

        @Option(names = "--workspace", paramLabel = "SLUG", description = "workspace (default: the main one)")
        String workspace;

        @Override
        public void run() {
            Role chosen = role.resolve();
            Context.inWorkspace(parent.root, workspace, (store, target) -> {
                Passwords.Chosen password = Passwords.choose(passwordStdin);
                try {
                    TeamMember member = store.team().add(target.id(), email, name, chosen, password.value());
                    System.out.printf("added %s as %s of %s%n", member.email(), member.role().key(), target.name());
                    if (password.generated()) {
                        System.out.println("password: " + new String(password.value()));
                    }
                } finally {
                    Arrays.fill(password.value(), '\0');
                }
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the team.")
    static final class ListMembers implements Runnable {

        @ParentCommand
        UserCommand parent;

        @Option(names = "--workspace", paramLabel = "SLUG")
        String workspace;

        @Override
        public void run() {
            Context.inWorkspace(parent.root, workspace, (store, target) -> store.team().list(target.id()).forEach(m ->
                    System.out.printf("%-6d %-8s %-32s %s%n", m.id(), m.role().key(), m.email(), m.displayName())));
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a team member's password.")
    static final class Password implements Runnable {

        @ParentCommand
        UserCommand parent;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean passwordStdin;

        @Override
        public void run() {
            try (PlazaStore store = Context.openStore(Context.config(parent.root))) {
                TeamMember member = store.team().findByEmail(email)
                        .orElseThrow(() -> new IllegalArgumentException("no team member has the email " + email));
                Passwords.Chosen password = Passwords.choose(passwordStdin);
                store.team().setPassword(member.id(), password.value());
                store.teamSessions().deleteOfMember(member.id());
                System.out.println("password changed for " + member.email() + "; their sessions were ended");
                if (password.generated()) {
                    System.out.println("password: " + new String(password.value()));
                }
            }
        }
    }

    /** Where a new password comes from: a terminal prompt, standard input, or a generated one. */
    static final class Passwords {

        record Chosen(char[] value, boolean generated) {
        }

        private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        static Chosen choose(boolean fromStdin) {
            if (fromStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null || line.isEmpty()) {
                        throw new IllegalArgumentException("--password-stdin was given but standard input was empty");
                    }
                    return new Chosen(line.toCharArray(), false);
                } catch (IOException e) {
                    throw new IllegalArgumentException("could not read the password from standard input: " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console != null && stdinIsTerminal()) {
                char[] first = console.readPassword("Password (empty to generate one): ");
                if (first != null && first.length > 0) {
                    char[] again = console.readPassword("Repeat the password: ");
                    if (!Arrays.equals(first, again)) {
                        throw new IllegalArgumentException("the two passwords differ; nothing was changed");
                    }
                    return new Chosen(first, false);
                }
            }
            return generate();
        }

        /** Java 21's Console cannot tell a terminal from a pipe; Linux's /proc can. */
        private static boolean stdinIsTerminal() {
            try {
                String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }

        private static Chosen generate() {
            SecureRandom random = new SecureRandom();
            char[] generated = new char[20];
            for (int i = 0; i < generated.length; i++) {
                generated[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            return new Chosen(generated, true);
        }
    }
}
