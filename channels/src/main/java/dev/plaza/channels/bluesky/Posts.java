package dev.plaza.channels.bluesky;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.syntax.LanguageTag;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * app.bsky.feed.post records: a post, or a reply when it names its parent and its thread's root
 * ({@code reply.parent}, {@code reply.root}); a quote names the quoted record as the activity's
 * target; mentioned accounts become identities.
 */
final class Posts {

    private final String did;
    private final IdentityKey brand;
    private final ExportBuilder out;

    Posts(String did, IdentityKey brand, ExportBuilder out) {
        this.did = did;
        this.brand = brand;
        this.out = out;
    }

    boolean accept(String uri, String rkey, DagValue.Map post) {
        Optional<Instant> at = Refs.createdAt(post, rkey);
        if (at.isEmpty()) {
            return false;
        }
        Optional<DagValue.Map> reply = post.map("reply");
        Optional<String> parent = reply.map(r -> Refs.record(r, "parent"));
        Optional<String> root = reply.map(r -> Refs.record(r, "root"));
        Optional<DagValue.Map> embed = post.map("embed");
        Optional<String> quoted = Embeds.quoted(embed);
        RichText rich = Facets.read(post.text("text").orElse(""), post);
        List<IdentityKey> mentioned = rich.mentions().stream().map(m -> {
            var identity = Accounts.of(m.did(), m.handle(), Optional.empty());
            out.identity(identity);
            return identity.key();
        }).toList();
        out.media(Embeds.media(embed));
        out.activity(new IncomingActivity(uri, parent.isPresent() ? ActivityKind.REPLY : ActivityKind.POST, brand,
                at.get(), clipped(rich.text()), language(post), parent, quoted, Optional.of(Accounts.postUrl(did, rkey)),
                mentioned, Optional.empty(), root));
        return true;
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
