package dev.plaza.web.pages;

import dev.plaza.core.team.ApiToken;
import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import java.util.List;
import java.util.Optional;

/** Settings → API tokens; {@code issued} is set only on the response that created a token. */
public record TokensView(Frame frame, List<ApiToken> tokens, Optional<IssuedToken> issued) {

    public List<Role> roles() {
        return List.of(Role.values());
    }
}
