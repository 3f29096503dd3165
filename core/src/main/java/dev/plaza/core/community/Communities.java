package dev.plaza.core.community;

import java.util.List;
import java.util.Optional;

/** The places where the community meets, with how much happens in each. */
public interface Communities {

    List<CommunitySummary> list(long workspaceId);

    Optional<Community> find(long workspaceId, long communityId);

    /** The servers the brand blocked, alphabetically. */
    List<DomainBlock> blockedDomains(long workspaceId);
}
