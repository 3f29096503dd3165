package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * What a Mastodon stream told (Mastodon docs, "Streaming API", event types): a new or edited status, a
 * notification, a deleted status's id, or something Plaza does not read (filters changed, announcements…).
 * An event whose data Plaza cannot read is {@link Unreadable}, so one bad event does not end the stream.
 */
public sealed interface StreamEvent {

    record Update(MastodonStatus status) implements StreamEvent {
    }

    record Notification(MastodonNotification notification) implements StreamEvent {
    }

    record Delete(String statusId) implements StreamEvent {
        public Delete {
            MastodonIds.check(statusId, "a deleted status's id");
        }
    }

    record Other(String type) implements StreamEvent {
    }

    record Unreadable(String type, String why) implements StreamEvent {
        public Unreadable {
            requireNonNull(type, "type");
            requireNonNull(why, "why");
        }
    }

    static StreamEvent of(SseEvent event) {
        String where = "the " + event.type() + " event";
        try {
            return switch (event.type()) {
                case "update", "status.update" -> new Update(Entities.status(data(event), where));
                case "notification" -> new Notification(Entities.notification(data(event), where));
                // "delete" carries the bare id, not JSON; some servers quote it all the same
                case "delete" -> new Delete(event.data().strip().replace("\"", ""));
                default -> new Other(event.type());
            };
        } catch (IllegalArgumentException | MastodonApiException e) {
            return new Unreadable(event.type(), e.getMessage());
        }
    }

    private static JsonNode data(SseEvent event) {
        return Json.parse("the stream's " + event.type() + " event", event.data().getBytes(StandardCharsets.UTF_8));
    }
}
