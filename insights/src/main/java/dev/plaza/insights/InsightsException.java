package dev.plaza.insights;

import dev.plaza.core.PlazaException;

/** Something the insights could not do, said so that a person can act on it. */
public final class InsightsException extends PlazaException {

    public InsightsException(String message) {
        super(message);
    }

    public InsightsException(String message, Throwable cause) {
        super(message, cause);
    }
}
