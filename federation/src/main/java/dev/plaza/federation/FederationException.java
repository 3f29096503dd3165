package dev.plaza.federation;

import dev.plaza.core.PlazaException;

/** Something from or for another server was refused: a bad signature, a wrong origin, a malformed activity. */
public class FederationException extends PlazaException {

    public FederationException(String message) {
        super(message);
    }

    public FederationException(String message, Throwable cause) {
        super(message, cause);
    }
}
