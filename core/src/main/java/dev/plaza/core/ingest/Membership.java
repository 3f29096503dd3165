package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

/** Someone belongs to a community without an activity to show for it: a member of the brand's list. */
public record Membership(CommunityRef community, IdentityKey member) {

    public Membership {
        requireNonNull(community, "community");
        requireNonNull(member, "member");
    }
}
