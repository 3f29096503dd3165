package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.community.Heard.Pointing;
import dev.plaza.core.community.Heard.Reference;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamBatch.Deletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Turns what a Bluesky stream (the firehose or Jetstream) told into what Plaza keeps: the posts,
 * replies, quotes, likes, reposts and follows that belong to the community by the goal matcher's
 * rule become activities of their authors, their authors and the accounts they mention become
 * identities, and replies join their threads by their reply references. Everything else is
 * passed over. Deletes of the collections Plaza reads are kept as deletions (the store applies
 * those it holds), and new handles refresh the identities Plaza knows.
 */
public final class StreamReader {

    /** What one batch held and what of it Plaza kept. */
    public record Read(StreamBatch batch, int records, int matched, int unreadable) {
    }

    /** The collections whose records Plaza reads. */
    public static final List<String> COLLECTIONS = List.of(RecordReader.POST, RecordReader.LIKE, RecordReader.REPOST,
            RecordReader.FOLLOW);

    private static final String AT = "at://";

    private final Supplier<GoalMatcher> matcher;

    /** {@code matcher} is asked once per batch, so a goal changed in Settings applies from the next batch on. */
    public StreamReader(Supplier<GoalMatcher> matcher) {
        this.matcher = matcher;
    }

    public Read read(String stream, long position, List<HeardRecord> records, List<HeardHandle> handles) {
        GoalMatcher goal = matcher.get();
        ExportBuilder out = new ExportBuilder();
        Map<String, List<MatchReason>> reasons = new LinkedHashMap<>();
        List<Deletion> deleted = new ArrayList<>();
        int[] counts = new int[2];
        for (HeardRecord heard : records) {
            if (!isRead(heard.collection())) {
                continue;
            }
            if (heard.record().isEmpty()) {
                deleted.add(new Deletion(heard.uri(), heard.did(), heard.at()));
                continue;
            }
            Outcome outcome;
            try {
                outcome = accept(new Matching(goal, reasons), heard, heard.record().get(), out);
            } catch (AtprotoException e) {
                outcome = Outcome.UNREADABLE;
            }
            switch (outcome) {
                case KEPT -> counts[0]++;
                case UNREADABLE -> counts[1]++;
                case PASSED_OVER -> { }
            }
        }
        List<SeenIdentity> refreshed = handles.stream()
                .map(h -> Accounts.named(h.did(), h.handle()))
                .toList();
        IngestBatch batch = out.batch();
        return new Read(new StreamBatch(stream, position, batch, refreshed, deleted, reasons), records.size(), counts[0],
                counts[1]);
    }

    private static boolean isRead(String collection) {
        return COLLECTIONS.contains(collection);
    }

    private enum Outcome { KEPT, PASSED_OVER, UNREADABLE }

    /** The goal's matcher, noting the reasons of each record it keeps. */
    private record Matching(GoalMatcher goal, Map<String, List<MatchReason>> reasons) {

        boolean keeps(String uri, Heard heard) {
            Optional<List<MatchReason>> matched = goal.match(heard);
            matched.ifPresent(why -> reasons.put(uri, why));
            return matched.isPresent();
        }

        Optional<String> detectedLanguage(String uri) {
            return MatchReason.detectedLanguage(reasons.getOrDefault(uri, List.of()));
        }
    }

    private static Outcome accept(Matching goal, HeardRecord heard, DagValue.Map record, ExportBuilder out) {
        if (!RecordReader.ofType(heard.collection(), record)) {
            return Outcome.UNREADABLE;
        }
        SeenIdentity author = Accounts.known(heard.did());
        return switch (heard.collection()) {
            case RecordReader.POST -> kept(Posts.read(heard.did(), author.key(), heard.uri(), heard.rkey(), record),
                    post -> goal.keeps(heard.uri(), heard(post)), post -> {
                        out.identity(author);
                        post.mentioned().forEach(out::identity);
                        out.activity(post.activity().orLanguage(goal.detectedLanguage(heard.uri())));
                    });
            case RecordReader.LIKE -> reaction(goal, author, ActivityKind.LIKE, Pointing.LIKE, heard, record, out);
            case RecordReader.REPOST -> reaction(goal, author, ActivityKind.REPOST, Pointing.REPOST, heard, record, out);
            case RecordReader.FOLLOW -> kept(Relations.follow(author.key(), heard.uri(), heard.rkey(), record),
                    follow -> goal.keeps(heard.uri(), pointingOnly(Pointing.FOLLOW, follow.followed().stableId())), follow -> {
                        out.identity(author);
                        out.identity(follow.followed());
                        out.activity(follow.activity());
                    });
            default -> Outcome.PASSED_OVER;
        };
    }

    private static Outcome reaction(Matching goal, SeenIdentity author, ActivityKind kind, Pointing pointing,
                                    HeardRecord heard, DagValue.Map record, ExportBuilder out) {
        return kept(Relations.onPost(author.key(), kind, heard.uri(), heard.rkey(), record),
                activity -> goal.keeps(heard.uri(), pointingOnly(pointing, repoOf(activity.targetUri().orElseThrow()))),
                activity -> {
                    out.identity(author);
                    out.activity(activity);
                });
    }

    /** A record read (or not: it told no time) is kept when it belongs to the community. */
    private static <T> Outcome kept(Optional<T> read, Predicate<T> belongs, Consumer<T> keep) {
        if (read.isEmpty()) {
            return Outcome.UNREADABLE;
        }
        if (!belongs.test(read.get())) {
            return Outcome.PASSED_OVER;
        }
        keep.accept(read.get());
        return Outcome.KEPT;
    }

    private static Heard heard(Posts.Read post) {
        IncomingActivity activity = post.activity();
        List<Reference> references = new ArrayList<>();
        activity.mentions().forEach(m -> references.add(new Reference(Pointing.MENTION, m.stableId())));
        activity.inReplyToUri().ifPresent(parent -> references.add(new Reference(Pointing.REPLY, repoOf(parent))));
        post.rootUri().ifPresent(root -> references.add(new Reference(Pointing.REPLY, repoOf(root))));
        activity.targetUri().ifPresent(quoted -> references.add(new Reference(Pointing.QUOTE, repoOf(quoted))));
        return new Heard(activity.text(), post.tags(), activity.language(), references);
    }

    private static Heard pointingOnly(Pointing pointing, String account) {
        return new Heard("", List.of(), Optional.empty(), List.of(new Reference(pointing, account)));
    }

    /** The DID or handle whose repository holds the record an at:// URI names; {@link Refs} checked the URI. */
    private static String repoOf(String atUri) {
        int end = atUri.indexOf('/', AT.length());
        return atUri.substring(AT.length(), end < 0 ? atUri.length() : end);
    }
}
