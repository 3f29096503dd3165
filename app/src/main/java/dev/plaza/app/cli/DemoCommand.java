package dev.plaza.app.cli;

import dev.plaza.app.PlazaServer;
import dev.plaza.app.config.PlazaConfig;
import dev.plaza.core.community.Workspace;
import dev.plaza.demo.DemoSeeder;
import dev.plaza.store.PlazaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run Plaza with a generated demo community (about 2,000 people and 50,000 activities).",
                "Its data lives apart from the real one, in HOME/demo, and is made once."})
final class DemoCommand implements Runnable {

    @ParentCommand
    PlazaCommand root;

    @Option(names = "--exit-when-ready", hidden = true, description = "stop once ready (for start-up benchmarks)")
    boolean exitWhenReady;

    @Override
    public void run() {
        long start = System.nanoTime();
        PlazaConfig config = Context.config(root);
        PlazaConfig demo = config.withHome(config.home().resolve("demo"));
        PlazaStore store = Context.openStore(demo);
        Workspace workspace;
        try (ProgressBars progress = new ProgressBars(System.err)) {
            workspace = DemoSeeder.seed(store, config.publicUrl(), progress);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        PlazaServer server = PlazaServer.start(demo, store);
        System.out.printf("%nPlaza demo — %s (generated demo data, not real people)%n", workspace.name());
        System.out.printf("  open      %s%n", config.publicUrl());
        System.out.printf("  log in    %s  /  %s%n", DemoSeeder.DEMO_EMAIL, DemoSeeder.DEMO_PASSWORD);
        System.out.printf("ready in %.1f s; press Ctrl+C to stop%n", ProgressBars.since(start).toMillis() / 1000.0);
        if (exitWhenReady) {
            server.close();
            return;
        }
        ServeCommand.awaitShutdown();
    }
}
