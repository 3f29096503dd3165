package dev.plaza.core.team;

import java.util.List;
import java.util.Optional;

/** Bearer tokens for the REST API. Only hashes are stored; a revoked token never authenticates again. */
public interface ApiTokens {

    IssuedToken create(long workspaceId, String name, Role role);

    List<ApiToken> list(long workspaceId);

    /** The active token whose secret this is; records when it was last used. */
    Optional<ApiToken> authenticate(String secret);

    void revoke(long workspaceId, long tokenId);
}
