package dev.plaza.net;

/** Adds whatever headers a signature needs (Date, Digest, Signature…) to an outgoing request. */
@FunctionalInterface
public interface RequestSigner {

    SignableRequest sign(SignableRequest request);
}
