package dev.plaza.channels.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.channels.mastodon.Uris;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the entities Plaza uses from the API's JSON. Every field Plaza relies on is checked: an entity that
 * lacks one, or has a non-numeric id, is refused with a message naming the entity and the field.
 */
final class Entities {

    private static final int MAX_LIST = 200;
    private static final int MAX_NAME = 200;

    private Entities() {
    }

    static MastodonAccount account(JsonNode json, String where) {
        requireObject(json, where);
        String id = id(json, "id", where);
        String username = required(json, "username", where);
        String acct = required(json, "acct", where);
        String name = Json.text(json, "display_name").orElse(username).strip();
        return new MastodonAccount(id, username, acct, name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME),
                Uris.http(json.path("url").asText(null)), Uris.http(json.path("uri").asText(null)));
    }

    static MastodonStatus status(JsonNode json, String where) {
        return status(json, where, true);
    }

    private static MastodonStatus status(JsonNode json, String where, boolean readReblog) {
        requireObject(json, where);
        String id = id(json, "id", where);
        String uri = Uris.http(json.path("uri").asText(null))
                .orElseThrow(() -> refused(where, "status " + id + " has no http(s) \"uri\""));
        JsonNode reblog = json.path("reblog");
        Optional<MastodonStatus> reblogged = readReblog && reblog.isObject()
                ? Optional.of(status(reblog, where + ", the boosted status", false)) : Optional.empty();
        return new MastodonStatus(id, uri, Uris.http(json.path("url").asText(null)), time(json, "created_at", where),
                account(json.path("account"), where + ", the author of status " + id),
                json.path("content").asText(""), json.path("spoiler_text").asText(""), Json.text(json, "language"),
                json.path("visibility").asText("public"),
                optionalId(json, "in_reply_to_id", where), optionalId(json, "in_reply_to_account_id", where),
                mentions(json.path("mentions"), where), tags(json.path("tags")), reblogged);
    }

    static MastodonNotification notification(JsonNode json, String where) {
        requireObject(json, where);
        String id = id(json, "id", where);
        String type = required(json, "type", where);
        JsonNode status = json.path("status");
        return new MastodonNotification(id, type, time(json, "created_at", where),
                account(json.path("account"), where + ", the account of notification " + id),
                status.isObject() ? Optional.of(status(status, where + ", the status of notification " + id)) : Optional.empty());
    }

    static List<JsonNode> array(JsonNode json, String where) {
        if (!json.isArray()) {
            throw refused(where, "expected a JSON array, got " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        List<JsonNode> items = new ArrayList<>(json.size());
        json.forEach(items::add);
        return items;
    }

    private static List<MastodonStatus.Mention> mentions(JsonNode json, String where) {
        List<MastodonStatus.Mention> mentions = new ArrayList<>();
        for (JsonNode mention : limited(json)) {
            mentions.add(new MastodonStatus.Mention(id(mention, "id", where + ", a mention"),
                    required(mention, "username", where + ", a mention"), required(mention, "acct", where + ", a mention"),
                    Uris.http(mention.path("url").asText(null))));
        }
        return mentions;
    }

    private static List<String> tags(JsonNode json) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : limited(json)) {
            Json.text(tag, "name").filter(name -> name.length() <= MAX_NAME).ifPresent(tags::add);
        }
        return tags;
    }

    private static List<JsonNode> limited(JsonNode json) {
        List<JsonNode> items = new ArrayList<>();
        if (json.isArray()) {
            for (int i = 0; i < Math.min(json.size(), MAX_LIST); i++) {
                items.add(json.get(i));
            }
        }
        return items;
    }

    static String id(JsonNode json, String field, String where) {
        JsonNode value = json.path(field);
        if (!value.isTextual()) {
            throw refused(where, "\"%s\" is missing or not a string".formatted(field));
        }
        try {
            return MastodonIds.check(value.asText(), "\"" + field + "\"");
        } catch (IllegalArgumentException e) {
            throw refused(where, e.getMessage());
        }
    }

    private static Optional<String> optionalId(JsonNode json, String field, String where) {
        return json.path(field).isNull() || json.path(field).isMissingNode() ? Optional.empty() : Optional.of(id(json, field, where));
    }

    private static String required(JsonNode json, String field, String where) {
        return Json.text(json, field).filter(value -> value.length() <= 2048)
                .orElseThrow(() -> refused(where, "\"%s\" is missing, empty or not a string".formatted(field)));
    }

    private static Instant time(JsonNode json, String field, String where) {
        String value = required(json, field, where);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw refused(where, "\"%s\" is \"%s\", not an ISO 8601 time".formatted(field, MastodonIds.abbreviated(value)));
        }
    }

    private static void requireObject(JsonNode json, String where) {
        if (!json.isObject()) {
            throw refused(where, "expected a JSON object");
        }
    }

    private static IllegalArgumentException refused(String where, String why) {
        return new IllegalArgumentException(where + ": " + why);
    }
}
