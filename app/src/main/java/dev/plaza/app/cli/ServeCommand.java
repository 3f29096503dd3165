package dev.plaza.app.cli;

import dev.plaza.app.PlazaServer;
import dev.plaza.app.config.PlazaConfig;
import dev.plaza.store.PlazaStore;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Plaza: the web app, the API and the community's store.")
final class ServeCommand implements Runnable {

    @ParentCommand
    PlazaCommand root;

    @Override
    public void run() {
        PlazaConfig config = Context.config(root);
        PlazaStore store = Context.openStore(config);
        boolean noTeam = store.workspaces().list().stream().allMatch(w -> store.team().list(w.id()).isEmpty());
        PlazaServer server = PlazaServer.start(config, store);
        System.out.printf("Plaza is running on %s (listening on %s:%d)%n", config.publicUrl(), config.host(), server.port());
        if (noTeam) {
            System.out.println("No one can log in yet: add the first owner with  ./plaza user add --owner you@example.com");
        }
        awaitShutdown();
    }

    static void awaitShutdown() {
        CountDownLatch forever = new CountDownLatch(1);
        try {
            forever.await(); // the shutdown hook stops the server; the JVM then exits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
