package dev.plaza.core.engagement;

import java.util.Arrays;

/**
 * How close a person is to the community, after the Orbit model's levels: from their love (their
 * activity weighted by {@link ActivityWeights}) over the last three months. The thresholds are points:
 * a post is 3, so an ambassador writes about two posts a week.
 */
public enum EngagementLevel {
    AMBASSADOR(1, "Ambassador", 24),
    CONTRIBUTOR(2, "Contributor", 8),
    PARTICIPANT(3, "Participant", 2),
    OBSERVER(4, "Observer", 0);

    private final int number;
    private final String label;
    private final double minimumLove;

    EngagementLevel(int number, String label, double minimumLove) {
        this.number = number;
        this.label = label;
        this.minimumLove = minimumLove;
    }

    /** Orbit's number: 1 the closest. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The people at this level: "Ambassadors". */
    public String plural() {
        return label + "s";
    }

    /** The least love over three months that reaches this level (an observer has any). */
    public double minimumLove() {
        return minimumLove;
    }

    public static EngagementLevel of(double love) {
        return Arrays.stream(values()).filter(l -> love >= l.minimumLove).findFirst().orElse(OBSERVER);
    }

    /** The level an Orbit number names, as text: "1" to "4". */
    public static EngagementLevel parse(String number) {
        try {
            return ofNumber(Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a level is a number from 1 to 4, not '%s'".formatted(number), e);
        }
    }

    public static EngagementLevel ofNumber(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("engagement levels are 1 to 4, not " + number));
    }
}
