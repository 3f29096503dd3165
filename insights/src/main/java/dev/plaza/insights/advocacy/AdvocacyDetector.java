package dev.plaza.insights.advocacy;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.PostInContext;
import dev.plaza.core.sentiment.Sentiment;
import java.util.Optional;

/**
 * Tells unprompted advocacy from the rest, for one brand. A post counts as advocacy only when the
 * brand did not write it, it does not reply to the brand, it names the brand, it speaks about the
 * brand to others rather than to it (it does not open with the brand's handle), it asks nothing
 * ("is it worth it?" recommends nothing), and it is not negative; then it is a
 * {@link Advocacy#RECOMMENDATION} when it says so in words that recommend, and an
 * {@link Advocacy#ANSWER} when it answers someone else's question. Otherwise a post that names the
 * brand is a {@link Advocacy#MENTION}.
 */
public final class AdvocacyDetector {

    private static final String QUESTION_MARKS = "?？؟\u037E⸮";

    private final BrandNames brand;
    private final RecommendationCues cues;

    private AdvocacyDetector(BrandNames brand, RecommendationCues cues) {
        this.brand = brand;
        this.cues = cues;
    }

    public static AdvocacyDetector of(BrandNames brand) {
        return new AdvocacyDetector(brand, RecommendationCues.builtIn());
    }

    public AdvocacyReading read(PostInContext post) {
        if (post.byBrand()) {
            return AdvocacyReading.NONE;
        }
        if (post.replyToBrand()) {
            return new AdvocacyReading(Advocacy.REPLY_TO_BRAND, Optional.empty());
        }
        Optional<String> named = brand.foundIn(post.text());
        if (named.isEmpty()) {
            return AdvocacyReading.NONE;
        }
        boolean toOthers = !addressesTheBrand(post.text()) && !asks(post.text());
        if (toOthers && post.sentiment() != Sentiment.NEGATIVE) {
            Optional<String> cue = cues.foundIn(post.text());
            if (cue.isPresent()) {
                return new AdvocacyReading(Advocacy.RECOMMENDATION, cue);
            }
            if (post.parentText().filter(AdvocacyDetector::asks).isPresent()) {
                return new AdvocacyReading(Advocacy.ANSWER, named);
            }
        }
        return new AdvocacyReading(Advocacy.MENTION, named);
    }

    /** Whether the post opens with the brand's handle, as a message to the brand does. */
    private boolean addressesTheBrand(String text) {
        String opening = text.stripLeading();
        return opening.startsWith("@") && brand.foundIn(opening).filter(found -> opening.regionMatches(true, 0, found, 0,
                found.length())).isPresent();
    }

    /** A question in any script: the Latin, full-width, Arabic, Greek and reversed question marks. */
    private static boolean asks(String text) {
        return text.chars().anyMatch(c -> QUESTION_MARKS.indexOf(c) >= 0);
    }
}
