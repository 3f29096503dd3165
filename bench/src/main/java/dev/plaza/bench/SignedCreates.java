package dev.plaza.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.bench.RemoteFleet.RemoteAuthor;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a busy fediverse sends a brand: Create{Note} activities shaped as Mastodon sends them, each
 * mentioning the brand (every fourth replying to an earlier post of the same batch), from authors
 * taken round-robin, signed as Mastodon signs (draft-cavage rsa-sha256 over (request-target), host,
 * date and digest) with Plaza's own {@link DraftCavageSigner}. All are signed before any is sent.
 */
final class SignedCreates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final String TEXT = " Is the Fernhill's frame warranty transferable to a second owner? Asking "
            + "before I buy one second-hand: the shop says yes, the forum says no.";

    /** One POST, ready to send: target, signed headers (Host, Date, Digest, Signature, Content-Type), body. */
    record SignedPost(URI inbox, Headers headers, byte[] body) {
    }

    private SignedCreates() {
    }

    /** {@code count} signed posts to {@code sharedInbox} mentioning {@code brand}; {@code batch} keeps ids distinct. */
    static List<SignedPost> sign(List<RemoteAuthor> authors, String brand, String brandHandle, URI sharedInbox,
            String batch, int count) {
        Clock clock = Clock.systemUTC();
        Instant published = clock.instant();
        return IntStream.range(0, count).parallel().mapToObj(n -> {
            RemoteAuthor author = authors.get(n % authors.size());
            ObjectNode create = create(author, n, batch, brand, brandHandle, published,
                    n % 4 == 3 ? noteId(authors.get((n - 1) % authors.size()), batch, n - 1) : null);
            byte[] body = create.toString().getBytes(StandardCharsets.UTF_8);
            SignableRequest request = SignableRequest.post(sharedInbox,
                    Headers.of("Content-Type", "application/activity+json"), body);
            SignableRequest signed = DraftCavageSigner.of(author.key(), clock).sign(request);
            return new SignedPost(sharedInbox, signed.headers(), body);
        }).toList();
    }

    static String noteId(RemoteAuthor author, String batch, int n) {
        return author.id() + "/statuses/" + batch + n;
    }

    private static ObjectNode create(RemoteAuthor author, int n, String batch, String brand, String brandHandle,
            Instant published, String inReplyTo) {
        String noteId = noteId(author, batch, n);
        ObjectNode create = JSON.createObjectNode();
        ArrayNode context = create.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        context.addObject().put("ostatus", "http://ostatus.org#").put("atomUri", "ostatus:atomUri")
                .put("inReplyToAtomUri", "ostatus:inReplyToAtomUri").put("conversation", "ostatus:conversation")
                .put("sensitive", "as:sensitive").put("toot", "http://joinmastodon.org/ns#")
                .put("votersCount", "toot:votersCount");
        create.put("id", noteId + "/activity").put("type", "Create").put("actor", author.id())
                .put("published", published.toString());
        create.putArray("to").add(PUBLIC);
        create.putArray("cc").add(author.id() + "/followers").add(brand);
        ObjectNode note = create.putObject("object");
        note.put("id", noteId).put("type", "Note").putNull("summary");
        if (inReplyTo == null) {
            note.putNull("inReplyTo");
        } else {
            note.put("inReplyTo", inReplyTo);
        }
        String content = "<p><span class=\"h-card\" translate=\"no\"><a href=\"" + brand + "\" class=\"u-url mention\">@"
                + "<span>" + brandHandle.substring(1, brandHandle.indexOf('@', 1)) + "</span></a></span>" + TEXT
                + " (" + author.username() + ", post " + n + ")</p>";
        note.put("published", published.toString()).put("url", author.server() + "/@" + author.username() + "/" + batch + n)
                .put("attributedTo", author.id());
        note.putArray("to").add(PUBLIC);
        note.putArray("cc").add(author.id() + "/followers").add(brand);
        note.put("sensitive", false).put("atomUri", noteId).put("conversation", "tag:bench," + batch + ":" + n)
                .put("content", content);
        note.putObject("contentMap").put("en", content);
        note.putArray("attachment");
        note.putArray("tag").addObject().put("type", "Mention").put("href", brand).put("name", brandHandle);
        return create;
    }
}
