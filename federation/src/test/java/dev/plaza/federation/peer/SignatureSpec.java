package dev.plaza.federation.peer;

/** The HTTP signature dialect Fedify tries first when it delivers ("double knock" falls back to the other). */
public enum SignatureSpec {
    RFC_9421("rfc9421", "rfc9421"),
    DRAFT_CAVAGE("draft-cavage-http-signatures-12", "draft-cavage");

    private final String fedifyName;
    private final String recordedAs;

    SignatureSpec(String fedifyName, String recordedAs) {
        this.fedifyName = fedifyName;
        this.recordedAs = recordedAs;
    }

    /** How the peer names a request's dialect in what it records ({@code signature}, {@code dialect}). */
    public String recordedAs() {
        return recordedAs;
    }

    /** The name Fedify's {@code firstKnock} option uses. */
    public String fedifyName() {
        return fedifyName;
    }
}
