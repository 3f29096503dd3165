package dev.plaza.federation.peer;

/** The Fedify test peer could not be installed, started or driven; the message says why and what to look at. */
public final class FedifyPeerException extends RuntimeException {

    FedifyPeerException(String message) {
        super(message);
    }

    FedifyPeerException(String message, Throwable cause) {
        super(message, cause);
    }
}
