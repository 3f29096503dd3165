package dev.plaza.web;

import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.Batches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small community for the web tests: Ada (on the fediverse and Bluesky, linked by her profile),
 * Grace and Linus; posts over a few months, and two conversations. A team of one owner, one
 * manager and one viewer, and an API token for each role.
 */
record Community(Workspace workspace, Map<Role, String> emails, Map<Role, String> tokens) {

    static final String PASSWORD = "correct horse battery staple";
    static final Instant T0 = Instant.parse("2025-01-15T09:00:00Z");
    static final int ACTIVITIES = 9;
    static final String ADA_POST = "/users/ada/statuses/1";

    static Community plant(Store store, String slug, boolean demo) {
        Workspace workspace = store.workspaces().create(slug, "Brand " + slug, demo);
        store.ingest().ingest(workspace.id(), batch(slug), Progress.NONE);
        Map<Role, String> emails = new EnumMap<>(Role.class);
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String email = "%s-%s@plaza.test".formatted(role.key(), slug);
            store.team().add(workspace.id(), email, "%s of %s".formatted(capitalized(role.key()), slug), role,
                    PASSWORD.toCharArray());
            emails.put(role, email);
            tokens.put(role, store.apiTokens().create(workspace.id(), role.key() + " token", role).secret());
        }
        return new Community(workspace, emails, tokens);
    }

    String email(Role role) {
        return emails.get(role);
    }

    /** A browser logged in as the team member of this role. */
    Browser browser(WebServer server, Role role) {
        Browser browser = Browser.at(server);
        var response = browser.login(email(role), PASSWORD);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("login as " + role + " failed: " + response.statusCode() + " " + response.body());
        }
        return browser;
    }

    long person(Store store, String name) {
        return store.people().search(workspace.id(), new PersonFilter(Optional.of(name), Optional.empty()),
                PageRequest.first(10)).items().stream()
                .filter(p -> p.displayName().equalsIgnoreCase(name))
                .findFirst().orElseThrow().id();
    }

    /** The conversation of the activity whose uri is {@code host + path} (e.g. {@link #ADA_POST}). */
    long conversationOf(Store store, String path) {
        String uri = "https://%s.social.test%s".formatted(workspace.slug(), path);
        return store.activities().findByUri(workspace.id(), uri).orElseThrow().conversationId().orElseThrow();
    }

    private static IngestBatch batch(String slug) {
        String host = slug + ".social.test";
        LinkEvidence linked = new LinkEvidence("profile links both accounts", 0.9);
        SeenIdentity adaF = new SeenIdentity(Platform.FEDIVERSE, "https://%s/users/ada".formatted(host), "@ada@" + host,
                "Ada", Optional.of("https://%s/@ada".formatted(host)), Optional.of(new PersonHint("ada", linked)));
        SeenIdentity adaB = new SeenIdentity(Platform.BLUESKY, "did:plc:%sada".formatted(slug), "ada.%s.bsky.test".formatted(slug),
                "Ada", Optional.empty(), Optional.of(new PersonHint("ada", linked)));
        SeenIdentity grace = Batches.account("grace", host);
        SeenIdentity linus = Batches.account("linus", host);
        List<IncomingActivity> activities = new ArrayList<>();
        String adaPost = adaF.stableId() + "/statuses/1";
        activities.add(Batches.post(adaPost, adaF, T0, "Hello from Ada <script>alert(1)</script>"));
        activities.add(Batches.reply(grace.stableId() + "/statuses/2", grace, T0.plusSeconds(3600), "Welcome, Ada!", adaPost));
        activities.add(Batches.reply(adaPost.replace("/1", "/3"), adaF, T0.plusSeconds(7200), "Thanks Grace", grace.stableId() + "/statuses/2"));
        activities.add(Batches.post(linus.stableId() + "/statuses/4", linus, T0.plusSeconds(86_400L * 30), "Kernel news"));
        activities.add(Batches.reply(grace.stableId() + "/statuses/5", grace, T0.plusSeconds(86_400L * 31), "Nice",
                linus.stableId() + "/statuses/4"));
        activities.add(Batches.post(grace.stableId() + "/statuses/6", grace, T0.plusSeconds(86_400L * 60), "Compilers are fun"));
        activities.add(Batches.post(linus.stableId() + "/statuses/7", linus, T0.plusSeconds(86_400L * 90), "Release day"));
        activities.add(skyPost(adaB, "8", T0.plusSeconds(86_400L * 45), "Ada on Bluesky"));
        activities.add(skyPost(adaB, "9", T0.plusSeconds(86_400L * 100), "Ada again on Bluesky"));
        return new IngestBatch(List.of(adaF, adaB, grace, linus), activities, Optional.empty());
    }

    private static IncomingActivity skyPost(SeenIdentity author, String id, Instant at, String text) {
        String uri = "at://%s/app.bsky.feed.post/%s".formatted(author.stableId(), id);
        return new IncomingActivity(uri, ActivityKind.POST, author.key(), at, text, Optional.of("en"), Optional.empty(),
                Optional.empty(), Optional.of("https://bsky.test/" + id), List.of(), Optional.empty());
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
