package dev.plaza.store;

import dev.plaza.core.PlazaException;

/** Something went wrong with the database itself: it would not start, migrate or answer. */
public final class StoreException extends PlazaException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
