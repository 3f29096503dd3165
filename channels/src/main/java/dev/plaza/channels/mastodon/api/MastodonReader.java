package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.channels.mastodon.HtmlText;
import dev.plaza.channels.mastodon.Uris;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.community.Heard.Pointing;
import dev.plaza.core.community.Heard.Reference;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamBatch.Deletion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns what a {@link MastodonSource} delivered into what Plaza keeps: statuses that belong to the community
 * by the goal matcher's rule (a mention of or a reply to the connected account always does) become posts,
 * replies or boosts of their authors in their instance's community; authors and mentioned accounts become
 * identities; replies join their parents' threads by the parent's uri; deleted statuses this source heard become
 * deletions. The batch's position is the newest entry id reached, so the store keeps it with what it holds.
 */
public final class MastodonReader {

    /** What one delivery held and what of it Plaza kept. */
    public record Read(StreamBatch batch, int entries, int matched, int unreadable) {
    }

    private final Supplier<GoalMatcher> matcher;

    /** {@code matcher} is asked once per delivery, so a goal changed in Settings applies from the next one on. */
    public MastodonReader(Supplier<GoalMatcher> matcher) {
        this.matcher = requireNonNull(matcher, "matcher");
    }

    /** {@code mastodon:<host>:<account id>:<timeline>}, stable across restarts. */
    public static String streamName(ConnectedAccount connected, Timeline timeline) {
        return "mastodon:%s:%s:%s".formatted(connected.instance().host(), connected.account().id(), timeline.name());
    }

    /** {@code storedPosition} is kept when the delivery reached none. */
    public Read read(String stream, long storedPosition, ConnectedAccount connected, MastodonSource.Delivery delivery,
                     KnownStatuses known, Instant now) {
        GoalMatcher goal = matcher.get();
        SeenIdentity brand = connected.identity();
        Map<String, SeenIdentity> identities = new LinkedHashMap<>();
        Map<String, IncomingActivity> kept = new LinkedHashMap<>();
        Map<String, List<MatchReason>> reasons = new LinkedHashMap<>();
        int unreadable = 0;
        for (Entry entry : delivery.entries()) {
            try {
                known.remember(entry.status());
                Statement statement = statement(entry, connected, brand, known);
                Optional<List<MatchReason>> matched = kept.containsKey(statement.activity().uri())
                        ? Optional.empty() : goal.match(statement.heard());
                if (matched.isPresent()) {
                    reasons.put(statement.activity().uri(), matched.get());
                    statement.identities().forEach(identity -> identities.putIfAbsent(identity.stableId(), identity));
                    kept.put(statement.activity().uri(),
                            statement.activity().orLanguage(MatchReason.detectedLanguage(matched.get())));
                }
            } catch (IllegalArgumentException e) {
                unreadable++;
            }
        }
        List<Deletion> deleted = new ArrayList<>();
        for (String id : delivery.deletedStatusIds()) {
            known.heard(id).ifPresent(status -> deleted.add(new Deletion(status.uri(), status.authorStableId(), now)));
        }
        long position = delivery.position().map(MastodonIds::position).map(p -> Math.max(p, storedPosition)).orElse(storedPosition);
        IngestBatch batch = new IngestBatch(List.copyOf(identities.values()), List.copyOf(kept.values()), Optional.empty());
        return new Read(new StreamBatch(stream, position, batch, List.of(), deleted, reasons), delivery.entries().size(),
                kept.size(), unreadable);
    }

    /** An activity, the identities it names, and what the goal matcher decides by. */
    private record Statement(IncomingActivity activity, List<SeenIdentity> identities, Heard heard) {
    }

    private static Statement statement(Entry entry, ConnectedAccount connected, SeenIdentity brand, KnownStatuses known) {
        MastodonStatus status = entry.status();
        Instance instance = connected.instance();
        SeenIdentity author = identity(status.account(), connected, brand);
        List<SeenIdentity> named = new ArrayList<>(List.of(author));
        List<Reference> references = new ArrayList<>();
        if (entry.mentionsAccount()) {
            references.add(new Reference(Pointing.MENTION, brand.stableId()));
        }
        if (status.reblog().isPresent()) {
            MastodonStatus boosted = status.reblog().get();
            references.add(new Reference(Pointing.REPOST, identity(boosted.account(), connected, brand).stableId()));
            IncomingActivity boost = new IncomingActivity(status.uri(), ActivityKind.REPOST, author.key(), status.createdAt(),
                    "", Optional.empty(), Optional.empty(), Optional.of(boosted.uri()), status.url(), List.of(),
                    Optional.of(Uris.instance(Uris.host(status.uri()))));
            return new Statement(boost, named, new Heard("", List.of(), Optional.empty(), references));
        }
        List<IdentityKey> mentions = new ArrayList<>();
        for (MastodonStatus.Mention mention : status.mentions()) {
            Optional<SeenIdentity> mentioned = mention.id().equals(connected.account().id())
                    ? Optional.of(brand) : Identities.mentioned(mention, instance);
            mentioned.ifPresent(identity -> {
                named.add(identity);
                if (!mentions.contains(identity.key())) {
                    mentions.add(identity.key());
                }
                references.add(new Reference(Pointing.MENTION, identity.stableId()));
            });
        }
        if (status.inReplyToAccountId().filter(connected.account().id()::equals).isPresent()) {
            references.add(new Reference(Pointing.REPLY, brand.stableId()));
        }
        Optional<String> parent = status.inReplyToId().flatMap(known::uriOf);
        String text = text(status);
        IncomingActivity activity = new IncomingActivity(status.uri(),
                status.inReplyToId().isPresent() ? ActivityKind.REPLY : ActivityKind.POST, author.key(), status.createdAt(),
                text, status.language(), parent, Optional.empty(), status.url(), mentions,
                Optional.of(Uris.instance(Uris.host(status.uri()))));
        return new Statement(activity, named, new Heard(text, status.tags(), status.language(), references));
    }

    private static SeenIdentity identity(MastodonAccount account, ConnectedAccount connected, SeenIdentity brand) {
        return account.id().equals(connected.account().id()) ? brand : Identities.of(account, connected.instance());
    }

    /** The content warning, when there is one, comes first, as people see the post. */
    private static String text(MastodonStatus status) {
        String body = HtmlText.of(status.content());
        String warning = status.spoilerText().strip();
        String text = warning.isEmpty() ? body : body.isEmpty() ? warning : warning + "\n\n" + body;
        return text.length() <= Activity.MAX_TEXT ? text : text.substring(0, Activity.MAX_TEXT - 1) + "…";
    }
}
