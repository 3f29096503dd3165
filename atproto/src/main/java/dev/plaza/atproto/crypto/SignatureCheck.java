package dev.plaza.atproto.crypto;

/** Why a signature did or did not verify; an enum so that verifying allocates no reasons. */
enum SignatureCheck {
    VALID("is valid"),
    NOT_COMPACT("is %d bytes, not the 64-byte r||s form the atproto cryptography spec requires (DER is not accepted)"),
    OUT_OF_RANGE("has an r or s of zero or not below the curve order"),
    HIGH_S("has a high S; the atproto cryptography spec accepts only low-S signatures"),
    MISMATCH("does not match the message and the %s key %s");

    private final String description;

    SignatureCheck(String description) {
        this.description = description;
    }

    String describe(PublicKey key, byte[] signature) {
        return switch (this) {
            case NOT_COMPACT -> description.formatted(signature.length);
            case MISMATCH -> description.formatted(key.type(), key.did());
            default -> description;
        };
    }
}
