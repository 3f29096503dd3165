package dev.plaza.federation.inbox;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Reports;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.RemoteHtml;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report from another server (Flag), as Mastodon forwards one: sent by the server's instance actor
 * or the reporting account, naming the reported account and its posts as objects, with the
 * reporter's words as content. It is kept for the team, once per Flag id, in each workspace it is
 * for; only objects that are Plaza's own are kept (a report may name posts elsewhere too).
 */
final class Flags {

    private static final Logger LOG = LoggerFactory.getLogger(Flags.class);

    private final Reports reports;
    private final Recipients recipients;
    private final LocalActors actors;
    private final Publishing publishing;
    private final Clock clock;

    Flags(Reports reports, Recipients recipients, LocalActors actors, Publishing publishing, Clock clock) {
        this.reports = reports;
        this.recipients = recipients;
        this.actors = actors;
        this.publishing = publishing;
        this.clock = clock;
    }

    /** One of Plaza's accounts a report names, alone or through one of its posts. */
    private record Reported(LocalActor actor, Optional<String> post) {
    }

    void flag(Arrival arrival) {
        Activity flag = arrival.activity();
        String reason = flag.content().map(RemoteHtml::textOfSanitized).map(Flags::cut).orElse("");
        String handle = Records.identity(arrival.actor()).handle();
        Instant at = clock.instant();
        List<Reported> named = flag.objectIris().stream().filter(recipients::isLocal)
                .flatMap(iri -> reported(iri).stream()).toList();
        for (long workspace : arrival.workspaceIds()) {
            List<Reported> here = named.stream().filter(r -> r.actor().workspaceId() == workspace).toList();
            List<String> accounts = here.stream().map(r -> recipients.uriOf(r.actor())).distinct().toList();
            List<String> posts = here.stream().flatMap(r -> r.post().stream()).distinct().toList();
            boolean stored = reports.receive(workspace, new NewReport(flag.id(), arrival.actor().id(), handle, accounts,
                    posts, reason, at)).isPresent();
            LOG.atInfo().addKeyValue("workspace", workspace).addKeyValue("reporter", arrival.actor().id())
                    .addKeyValue("accounts", accounts.size()).addKeyValue("posts", posts.size())
                    .log(stored ? "a report arrived" : "a report arrived again; it is kept once");
        }
    }

    private Optional<Reported> reported(String iri) {
        Optional<LocalActor> account = recipients.local(iri);
        if (account.isPresent()) {
            return Optional.of(new Reported(account.get(), Optional.empty()));
        }
        return publishing.postByUri(iri)
                .flatMap(post -> actors.find(post.actorId()).map(author -> new Reported(author, Optional.of(post.uri()))));
    }

    private static String cut(String reason) {
        return reason.length() <= NewReport.MAX_REASON ? reason : reason.substring(0, NewReport.MAX_REASON);
    }
}
