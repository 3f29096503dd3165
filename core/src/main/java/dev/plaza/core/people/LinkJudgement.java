package dev.plaza.core.people;

import java.util.List;

/**
 * What the linking rules concluded about two identities: merge them ({@code strong}) or suggest
 * it, with the evidence in words and how sure Plaza is.
 */
public record LinkJudgement(boolean strong, List<String> evidence, double confidence) {

    public LinkJudgement {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a link judgement needs at least one piece of evidence");
        }
        if (!(confidence > 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], got " + confidence);
        }
    }

    /** The evidence as the merge's link reason. */
    public LinkEvidence asLinkEvidence() {
        return new LinkEvidence(String.join("; ", evidence), confidence);
    }
}
