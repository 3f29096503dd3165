package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item of outbox.json. Mastodon writes a Create around each status (CreateNoteSerializer) and
 * an Announce for each boost (AnnounceNoteSerializer), see app/services/backup_service.rb.
 * Anything else, or anything not by the archive's account, is skipped and counted.
 */
final class OutboxItems {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");
    private static final Set<String> TEXT_OBJECTS = Set.of("Note", "Question", "Article", "Page");

    private final Brand brand;
    private final BatchBuilder out;
    private final Mentions mentions;

    OutboxItems(Brand brand, BatchBuilder out) {
        this.brand = brand;
        this.out = out;
        this.mentions = new Mentions(out);
    }

    void accept(JsonNode item) {
        boolean mapped = switch (item.path("type").asText("")) {
            case "Create" -> byBrand(item) && create(item, item.path("object"));
            case "Announce" -> byBrand(item) && announce(item);
            default -> false;
        };
        if (!mapped) {
            out.skip();
        }
    }

    private boolean byBrand(JsonNode item) {
        return brand.identity().stableId().equals(idOf(item.path("actor")).orElse(""));
    }

    private boolean create(JsonNode item, JsonNode note) {
        Optional<String> uri = Uris.http(note.path("id").asText(null));
        Optional<Instant> at = instant(note.path("published")).or(() -> instant(item.path("published")));
        if (!note.isObject() || !TEXT_OBJECTS.contains(note.path("type").asText()) || uri.isEmpty() || at.isEmpty()) {
            return false;
        }
        Optional<String> inReplyTo = idOf(note.path("inReplyTo"));
        String host = inReplyTo.map(Uris::host).orElse(brand.acct().host());
        List<IdentityKey> mentioned = mentions.of(note.path("tag"));
        out.media(count(note.path("attachment")));
        out.activity(new IncomingActivity(uri.get(), inReplyTo.isPresent() ? ActivityKind.REPLY : ActivityKind.POST,
                brand.key(), at.get(), text(note), language(note.path("contentMap")), inReplyTo, Optional.empty(),
                Uris.http(note.path("url").asText(null)), mentioned, Optional.of(Uris.instance(host))));
        return true;
    }

    private boolean announce(JsonNode item) {
        Optional<String> uri = Uris.http(item.path("id").asText(null));
        Optional<String> target = idOf(item.path("object"));
        Optional<Instant> at = instant(item.path("published"));
        if (uri.isEmpty() || target.isEmpty() || at.isEmpty()) {
            return false;
        }
        out.activity(new IncomingActivity(uri.get(), ActivityKind.REPOST, brand.key(), at.get(), "", Optional.empty(),
                Optional.empty(), target, Optional.empty(), List.of(),
                Optional.of(Uris.instance(Uris.host(target.get())))));
        return true;
    }

    /** A content warning is part of what the author wrote, so it leads the text. */
    private static String text(JsonNode note) {
        String content = note.path("content").asText("");
        JsonNode warning = note.path("summary");
        if (warning.isTextual() && !warning.asText().isBlank()) {
            return HtmlText.of("<p>" + escape(warning.asText()) + "</p>" + content);
        }
        return HtmlText.of(content);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An ActivityStreams reference is a URI or an object with an {@code id}. */
    static Optional<String> idOf(JsonNode ref) {
        return Uris.http(ref.isObject() ? ref.path("id").asText(null) : ref.isTextual() ? ref.asText() : null);
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Mastodon writes one contentMap entry, keyed by the status's language. */
    private static Optional<String> language(JsonNode contentMap) {
        if (!contentMap.isObject() || contentMap.isEmpty()) {
            return Optional.empty();
        }
        String tag = contentMap.fieldNames().next();
        return LANGUAGE_TAG.matcher(tag).matches() ? Optional.of(tag) : Optional.empty();
    }

    private static int count(JsonNode attachments) {
        return attachments.isArray() ? attachments.size() : attachments.isObject() ? 1 : 0;
    }

    static List<JsonNode> list(JsonNode value) {
        List<JsonNode> all = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(all::add);
        } else if (value.isObject()) {
            all.add(value);
        }
        return all;
    }
}
