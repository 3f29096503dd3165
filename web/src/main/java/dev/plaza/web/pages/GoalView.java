package dev.plaza.web.pages;

import dev.plaza.core.community.Goal;

/** The shared goal form; lists are edited as comma-separated text. */
public record GoalView(Frame frame, Goal goal) {

    public String keywords() {
        return String.join(", ", goal.keywords());
    }

    public String hashtags() {
        return String.join(", ", goal.hashtags());
    }

    public String languages() {
        return String.join(", ", goal.languages());
    }

    public String exclusions() {
        return String.join(", ", goal.exclusions());
    }
}
