package dev.plaza.core;

/** The one unchecked exception of Plaza's domain: its message says what was wrong and what to do. */
public class PlazaException extends RuntimeException {

    public PlazaException(String message) {
        super(message);
    }

    public PlazaException(String message, Throwable cause) {
        super(message, cause);
    }
}
