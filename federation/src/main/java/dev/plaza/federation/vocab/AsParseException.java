package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import dev.plaza.federation.FederationException;

/**
 * A remote ActivityStreams document was refused. {@link #path()} is a JSON path such as
 * {@code $.object.tag[3].href}; {@link #problem()} lets the inbox answer an unsupported type
 * differently from a malformed or hostile document.
 */
public final class AsParseException extends FederationException {

    /** Why a document was refused. */
    public enum Problem {
        /** Not JSON, a required property missing, a value of the wrong shape. */
        MALFORMED,
        /** Well formed, but of a type Plaza does not handle. */
        UNSUPPORTED,
        /** JSON-LD features that make a JSON-LD processor read something else than Plaza does. */
        JSON_LD_TRICK,
        /** Past one of the {@link AsLimits}. */
        TOO_LARGE
    }

    private final String path;
    private final Problem problem;

    AsParseException(String path, Problem problem, String message) {
        super("%s: %s".formatted(path, message));
        this.path = requireNonNull(path, "path");
        this.problem = requireNonNull(problem, "problem");
    }

    public String path() {
        return path;
    }

    public Problem problem() {
        return problem;
    }
}
