package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads activities: the ActivityStreams activity types, and EmojiReact as Pleroma and Misskey send it. */
final class ActivityParser {

    static final Set<String> TYPES = Set.of(
            "Accept", "Add", "Announce", "Arrive", "Block", "Create", "Delete", "Dislike", "Flag", "Follow",
            "Ignore", "Invite", "Join", "Leave", "Like", "Listen", "Move", "Offer", "Read", "Reject", "Remove",
            "TentativeAccept", "TentativeReject", "Travel", "Undo", "Update", "View", "EmojiReact");

    private ActivityParser() {
    }

    static Activity read(Node activity, String type, ObjectReader objects) {
        List<Ref> named = activity.field("object").elements(activity.limits().maxArrayItems()).stream()
                .map(objects::ref).toList();
        return new Activity(
                activity.requiredId(),
                type,
                activity.iri("actor"),
                named,
                ref(activity.field("target"), objects),
                activity.audience("to"),
                activity.audience("cc"),
                activity.audience("audience"),
                activity.instant("published"),
                activity.html("content"));
    }

    static Optional<Ref> ref(Node value, ObjectReader objects) {
        return value.first().map(objects::ref);
    }
}
