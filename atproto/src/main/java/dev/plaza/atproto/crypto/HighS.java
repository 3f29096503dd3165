package dev.plaza.atproto.crypto;

/**
 * Whether a signature whose S lies in the upper half of the curve order is accepted. ECDSA
 * signatures are malleable: (r, s) and (r, n − s) both verify. The atproto cryptography spec
 * requires the low-S form so that each signature has one encoding.
 */
public enum HighS {
    /** atproto's rule: a high-S signature is invalid. */
    REFUSE,
    /** Plain ECDSA: either S verifies, for data signed before or outside atproto's rule. */
    ACCEPT
}
