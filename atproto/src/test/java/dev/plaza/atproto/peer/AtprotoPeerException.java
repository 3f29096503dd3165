package dev.plaza.atproto.peer;

/** The AT Protocol test peer could not be installed, started or asked something; the message says why and what to look at. */
public final class AtprotoPeerException extends RuntimeException {

    AtprotoPeerException(String message) {
        super(message);
    }

    AtprotoPeerException(String message, Throwable cause) {
        super(message, cause);
    }
}
