package dev.plaza.federation.peer;

/** How {@link FedifyPeer#deliver} signs: as alice, or forged while claiming to be her. */
public enum Signing {
    /** alice's own RSA key. */
    ALICE("alice"),
    /** A key alice does not publish, under her key id. */
    IMPOSTOR_KEY("impostor"),
    /** alice's real signature, and then the Note's content changed. */
    TAMPERED_BODY("tampered");

    private final String peerName;

    Signing(String peerName) {
        this.peerName = peerName;
    }

    String peerName() {
        return peerName;
    }
}
