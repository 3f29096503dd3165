package dev.plaza.web.pages;

import dev.plaza.core.community.Goal;

/** The shared goal form, lists edited as comma-separated text, and where the alerts are posted. */
public record GoalView(Frame frame, Goal goal, String alertWebhook) {

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
