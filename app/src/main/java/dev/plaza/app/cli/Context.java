package dev.plaza.app.cli;

import dev.plaza.app.Logging;
import dev.plaza.app.config.ConfigLoader;
import dev.plaza.app.config.PlazaConfig;
import dev.plaza.app.config.SecretKeyFile;
import dev.plaza.core.community.Workspace;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.StoreSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

/** What every subcommand needs first: the configuration, logging set up, and the store. */
final class Context {

    private Context() {
    }

    static PlazaConfig config(PlazaCommand root) {
        PlazaConfig config = new ConfigLoader(root.env, Path.of(System.getProperty("user.home"))).load(root.configFile());
        Logging.configure(config.logFormat());
        return config;
    }

    static PlazaStore openStore(PlazaConfig config) {
        return PlazaStore.open(new StoreSettings(config.databaseUrl(), config.home(), SecretKeyFile.resolve(config)));
    }

    /** Opens the store, finds the workspace ({@code slug}, or the main one), runs {@code work}, closes the store. */
    static void inWorkspace(PlazaCommand root, String slug, BiConsumer<PlazaStore, Workspace> work) {
        try (PlazaStore store = openStore(config(root))) {
            work.accept(store, workspace(store, Optional.ofNullable(slug)));
        }
    }

    static Workspace workspace(PlazaStore store, Optional<String> slug) {
        return slug.map(s -> store.workspaces().findBySlug(s).orElseThrow(() -> new IllegalArgumentException(
                        "there is no workspace '%s'; workspaces: %s".formatted(s,
                                store.workspaces().list().stream().map(Workspace::slug).toList()))))
                .orElseGet(() -> store.workspaces().defaultWorkspace());
    }
}
