package dev.plaza.web.pages;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.advocacy.Advocate;
import dev.plaza.core.wordofmouth.Cascade;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people who recommend the brand or answer with it, most first, and their newest such posts with how
 * far each travelled; the word of mouth of the twelve months up to the newest, when there is one.
 */
public record AdvocatesView(Frame frame, List<Advocate> advocates, List<AdvocacyPost> posts, Map<Long, Cascade> cascades,
                            Optional<WordOfMouthSummary> wordOfMouth) {

    public static String label(Advocacy advocacy) {
        return switch (advocacy) {
            case RECOMMENDATION -> "Recommendation";
            case ANSWER -> "Answer with the brand";
            case REPLY_TO_BRAND -> "Reply to the brand";
            case MENTION -> "Mention";
            case NONE -> "None";
        };
    }

    /** How far the post travelled, if anyone echoed it. */
    public Optional<Cascade> cascade(AdvocacyPost post) {
        return Optional.ofNullable(cascades.get(post.activity().id()));
    }
}
