package dev.plaza.core.team;

import static java.util.Objects.requireNonNull;

/** A token just created: the only moment its secret is known. Show it once, then forget it. */
public record IssuedToken(ApiToken token, String secret) {

    public IssuedToken {
        requireNonNull(token, "token");
        requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + token.prefix() + "…]";
    }
}
