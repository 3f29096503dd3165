package dev.plaza.federation.peer;

/** The HTTP signature dialect Fedify tries first when it delivers ("double knock" falls back to the other). */
public enum SignatureSpec {
    RFC_9421("rfc9421"),
    DRAFT_CAVAGE("draft-cavage-http-signatures-12");

    private final String fedifyName;

    SignatureSpec(String fedifyName) {
        this.fedifyName = fedifyName;
    }

    /** The name Fedify's {@code firstKnock} option uses. */
    public String fedifyName() {
        return fedifyName;
    }
}
