package dev.plaza.channels.bluesky;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.syntax.LanguageTag;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * app.bsky.feed.post records: a post, or a reply when it names its parent and its thread's root
 * ({@code reply.parent}, {@code reply.root}); a quote names the quoted record as the activity's
 * target; mentioned accounts become identities.
 */
final class Posts {

    /** At most this many tags count: the post lexicon's {@code tags} allows 8, facets add the text's own. */
    private static final int MAX_TAGS = 64;

    /** A post as read: the activity, the accounts it mentions, what it embeds, and its tags. */
    record Read(IncomingActivity activity, List<SeenIdentity> mentioned, int media, List<String> tags,
                Optional<String> rootUri) {
    }

    private Posts() {
    }

    /** The post {@code rkey} of {@code did}'s repository, by {@code author}; empty when it tells no time. */
    static Optional<Read> read(String did, IdentityKey author, String uri, String rkey, DagValue.Map post) {
        Optional<Instant> at = Refs.createdAt(post, rkey);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Optional<DagValue.Map> reply = post.map("reply");
        Optional<String> parent = reply.map(r -> Refs.record(r, "parent"));
        Optional<String> root = reply.map(r -> Refs.record(r, "root"));
        Optional<DagValue.Map> embed = post.map("embed");
        Optional<String> quoted = Embeds.quoted(embed);
        RichText rich = Facets.read(post.text("text").orElse(""), post);
        List<SeenIdentity> mentioned = rich.mentions().stream()
                .map(m -> Accounts.of(m.did(), m.handle(), Optional.empty())).toList();
        IncomingActivity activity = new IncomingActivity(uri, parent.isPresent() ? ActivityKind.REPLY : ActivityKind.POST,
                author, at.get(), clipped(rich.text()), language(post), parent, quoted,
                Optional.of(Accounts.postUrl(did, rkey)), mentioned.stream().map(SeenIdentity::key).toList(),
                Optional.empty(), root);
        return Optional.of(new Read(activity, mentioned, Embeds.media(embed), tags(post), root));
    }

    /** The post's hashtags, without '#': its tag facets (app.bsky.richtext.facet#tag) and its {@code tags}. */
    private static List<String> tags(DagValue.Map post) {
        List<String> tags = new ArrayList<>();
        post.list("tags").ifPresent(list -> list.items().forEach(tag -> addTag(tags, tag)));
        post.list("facets").ifPresent(facets -> facets.items().forEach(facet -> {
            if (facet instanceof DagValue.Map map) {
                map.list("features").ifPresent(features -> features.items().forEach(feature -> {
                    if (feature instanceof DagValue.Map f && f.text("$type").filter(Facets.TAG::equals).isPresent()) {
                        f.get("tag").ifPresent(tag -> addTag(tags, tag));
                    }
                }));
            }
        }));
        return tags;
    }

    private static void addTag(List<String> tags, DagValue tag) {
        if (tags.size() < MAX_TAGS && tag instanceof DagValue.Text text && !text.value().isBlank()) {
            tags.add(text.value().strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The first of the post's languages (BCP 47 tags, most important first). */
    private static Optional<String> language(DagValue.Map post) {
        return post.list("langs").flatMap(langs -> langs.items().stream().findFirst())
                .filter(DagValue.Text.class::isInstance).map(tag -> ((DagValue.Text) tag).value())
                .filter(LanguageTag::isValid);
    }

    private static String clipped(String text) {
        return text.length() <= Activity.MAX_TEXT ? text : text.substring(0, Activity.MAX_TEXT - 1) + "…";
    }
}
