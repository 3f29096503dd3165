package dev.plaza.demo;

import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import java.util.List;
import java.util.Optional;

/**
 * Puts the demo workspace into a store: Fernhill Bikes with its goal, channels, a demo login and a
 * year of generated community. Seeding is idempotent: a demo that was seeded before is returned as
 * it is (a restarted demo keeps what people did in it), and one that was cut short is completed.
 */
public final class DemoSeeder {

    public static final String SLUG = "demo";
    public static final String NAME = "Fernhill Bikes (demo)";
    public static final String DEMO_EMAIL = "demo@plaza.example";
    public static final String DEMO_PASSWORD = "plaza-demo";

    private record ChannelSpec(Platform platform, String handle, ChannelKind kind) {
    }

    private DemoSeeder() {
    }

    /** Seeds the demo with the brand's fediverse account on {@link DemoCommunity#DEFAULT_BRAND_HOST}. */
    public static Workspace seed(Store store, Progress progress) {
        return seed(store, DemoCommunity.DEFAULT_BRAND_HOST, progress);
    }

    /**
     * Returns the demo workspace, seeding it first if it holds no activities yet.
     *
     * @param brandHost the host (and port) of the public base URL, where the brand's fediverse account lives
     * @throws IllegalArgumentException if {@code brandHost} is not a host
     * @throws PlazaException if a workspace with the demo's slug exists and is not a demo
     */
    public static Workspace seed(Store store, String brandHost, Progress progress) {
        return seed(store, java.net.URI.create("https://" + brandHost), progress);
    }

    /**
     * Seeds the demo with the brand's fediverse actor {@code brand} served by this Plaza at
     * {@code publicBase} (its keys are made once).
     */
    public static Workspace seed(Store store, java.net.URI publicBase, Progress progress) {
        String brandHost = publicBase.getRawAuthority();
        DemoCommunity.requireHost(brandHost);
        Optional<Workspace> existing = store.workspaces().findBySlug(SLUG);
        if (existing.isPresent() && !existing.get().demo()) {
            throw new PlazaException(("workspace '%s' exists and holds real data, so the demo will not write into it;"
                    + " run the demo on a fresh data directory or database").formatted(SLUG));
        }
        if (existing.isPresent() && store.activities().totals(existing.get().id()).activities() > 0) {
            return existing.get();
        }
        Workspace demo = existing.orElseGet(() -> store.workspaces().create(SLUG, NAME, true));
        new ActorProvisioner(store.localActors()).ensure(demo.id(), DemoCommunity.BRAND_USER, ActorKind.ORGANIZATION,
                DemoBrand.NAME, "City bikes for everyday riders. This is Plaza's demo brand: generated, not real.");
        if (store.goals().of(demo.id()).description().isEmpty()) {
            store.goals().save(DemoBrand.goal(demo.id()));
        }
        for (ChannelSpec channel : channels(brandHost)) {
            store.channels().ensure(demo.id(), channel.platform(), channel.handle(), channel.kind());
        }
        if (store.team().findByEmail(DEMO_EMAIL).isEmpty()) {
            store.team().add(demo.id(), DEMO_EMAIL, "Demo owner", Role.OWNER, DEMO_PASSWORD.toCharArray());
        }
        progress.update("generating", 0, 1);
        var batch = DemoCommunity.generate(publicBase);
        progress.update("generating", 1, 1);
        store.ingest().ingest(demo.id(), batch, progress);
        return demo;
    }

    private static List<ChannelSpec> channels(String brandHost) {
        return List.of(
                new ChannelSpec(Platform.FEDIVERSE, "@%s@%s".formatted(DemoCommunity.BRAND_USER, brandHost),
                        ChannelKind.OWNED),
                new ChannelSpec(Platform.BLUESKY, Bluesky.BRAND_HANDLE, ChannelKind.OWNED),
                new ChannelSpec(Platform.LENS, Lens.BRAND_HANDLE, ChannelKind.OWNED),
                new ChannelSpec(Platform.FEDIVERSE, Texts.CITY_CYCLING, ChannelKind.LISTENING),
                new ChannelSpec(Platform.FORUM, Forum.HOST, ChannelKind.LISTENING),
                new ChannelSpec(Platform.SLACK, Slack.HOST, ChannelKind.LISTENING));
    }
}
