package dev.plaza.channels.mastodon.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Entities as a Mastodon 4.x instance writes them, with the fields Plaza does not read as well. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Instant EPOCH = Instant.parse("2026-11-01T10:00:00Z");

    private Fixtures() {
    }

    /** A remote account: {@code acct} is user@host, its actor lives on that host. */
    public static ObjectNode account(String id, String user, String host) {
        return account(id, user + "@" + host, user, "https://" + host);
    }

    /** An account of the instance that answers: {@code acct} is the bare user name. */
    public static ObjectNode localAccount(String id, String user, String origin) {
        return account(id, user, user, origin);
    }

    private static ObjectNode account(String id, String acct, String user, String origin) {
        ObjectNode account = JSON.createObjectNode()
                .put("id", id)
                .put("username", user)
                .put("acct", acct)
                .put("display_name", Character.toUpperCase(user.charAt(0)) + user.substring(1))
                .put("locked", false)
                .put("bot", false)
                .put("created_at", "2024-03-01T00:00:00.000Z")
                .put("note", "<p>Hello</p>")
                .put("url", origin + "/@" + user)
                .put("uri", origin + "/users/" + user)
                .put("avatar", origin + "/avatars/" + user + ".png")
                .put("followers_count", 12)
                .put("following_count", 3)
                .put("statuses_count", 40);
        account.putArray("emojis");
        account.putArray("fields");
        return account;
    }

    public static ObjectNode status(String id, ObjectNode account, String html) {
        String actor = account.path("uri").asText();
        ObjectNode status = JSON.createObjectNode()
                .put("id", id)
                .put("created_at", EPOCH.plusSeconds(Long.parseLong(id) % 100_000).toString())
                .putNull("in_reply_to_id")
                .putNull("in_reply_to_account_id")
                .put("sensitive", false)
                .put("spoiler_text", "")
                .put("visibility", "public")
                .put("language", "en")
                .put("uri", actor + "/statuses/" + id)
                .put("url", account.path("url").asText() + "/" + id)
                .put("replies_count", 0)
                .put("reblogs_count", 1)
                .put("favourites_count", 2)
                .putNull("edited_at")
                .put("content", html)
                .putNull("reblog")
                .putNull("application");
        status.set("account", account);
        status.putArray("media_attachments");
        status.putArray("mentions");
        status.putArray("tags");
        status.putArray("emojis");
        return status;
    }

    public static ObjectNode mentioning(ObjectNode status, ObjectNode account) {
        ((ArrayNode) status.get("mentions")).addObject()
                .put("id", account.path("id").asText())
                .put("username", account.path("username").asText())
                .put("url", account.path("url").asText())
                .put("acct", account.path("acct").asText());
        return status;
    }

    public static ObjectNode tagged(ObjectNode status, String tag) {
        ((ArrayNode) status.get("tags")).addObject().put("name", tag).put("url", "https://social.example/tags/" + tag);
        return status;
    }

    public static ObjectNode replyingTo(ObjectNode status, ObjectNode parent) {
        status.put("in_reply_to_id", parent.path("id").asText());
        status.put("in_reply_to_account_id", parent.path("account").path("id").asText());
        return status;
    }

    public static ObjectNode notification(String id, String type, ObjectNode account, ObjectNode status) {
        ObjectNode notification = JSON.createObjectNode()
                .put("id", id)
                .put("type", type)
                .put("group_key", "ungrouped-" + id)
                .put("created_at", status.path("created_at").asText());
        notification.set("account", account);
        notification.set("status", status);
        return notification;
    }
}
