package dev.plaza.testing;

/** A test peer could not be found, installed or started; the message says what to do. */
public final class TestPeerException extends RuntimeException {

    public TestPeerException(String message) {
        super(message);
    }

    public TestPeerException(String message, Throwable cause) {
        super(message, cause);
    }
}
