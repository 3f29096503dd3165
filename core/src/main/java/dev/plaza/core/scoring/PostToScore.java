package dev.plaza.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A queued post with what scoring it needs besides its words.
 *
 * @param byBrand the brand's own accounts wrote it
 * @param replyToBrand it replies to one of the brand's posts
 * @param parentText the text of the post it replies to, when that is someone else's
 * @param brandNames how the brand is named: the workspace's name and its accounts' names and handles
 */
public record PostToScore(long activityId, long workspaceId, String text, boolean byBrand, boolean replyToBrand,
                          Optional<String> parentText, List<String> brandNames) {

    public PostToScore {
        requireNonNull(text, "text");
        requireNonNull(parentText, "parentText");
        brandNames = List.copyOf(brandNames);
    }
}
