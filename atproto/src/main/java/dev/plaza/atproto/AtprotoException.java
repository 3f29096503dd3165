package dev.plaza.atproto;

import dev.plaza.core.PlazaException;

/**
 * Something in or for the AT Protocol was refused or could not be done: malformed CBOR, a CID that
 * does not match its bytes, a broken CAR file or repository tree, a bad signature, invalid syntax.
 */
public class AtprotoException extends PlazaException {

    public AtprotoException(String message) {
        super(message);
    }

    public AtprotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
