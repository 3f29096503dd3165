package dev.plaza.web.pages;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.advocacy.Advocate;
import java.util.List;

/** The people who recommend the brand or answer with it, most first, and their newest such posts. */
public record AdvocatesView(Frame frame, List<Advocate> advocates, List<AdvocacyPost> posts) {

    public static String label(Advocacy advocacy) {
        return switch (advocacy) {
            case RECOMMENDATION -> "Recommendation";
            case ANSWER -> "Answer with the brand";
            case REPLY_TO_BRAND -> "Reply to the brand";
            case MENTION -> "Mention";
            case NONE -> "None";
        };
    }
}
