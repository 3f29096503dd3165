package dev.plaza.demo;

/** What a generated text is about; each has templates in each language's {@link Phrasebook}. */
enum Phrase {
    QUESTION, PRAISE, COMPLAINT, TIP, CITY, RIDE, LAUNCH, IDEA, SPAM,
    ANSWER, AGREE, THANKS, FOLLOW_UP, CHEER, PRAISE_TOO, TIP_TOO, RIDE_TOO, LAUNCH_TOO,
    BRAND_NEWS, BRAND_TIP, BRAND_LAUNCH, BRAND_RIDE, BRAND_ANSWER, BRAND_SORRY, BRAND_THANKS;

    /** Whether the brand asks the community's help or an answer with it: the brand should reply. */
    boolean wantsAnswer() {
        return this == QUESTION || this == COMPLAINT;
    }

    /** The phrase a community member uses to chime in on a thread about this. */
    Phrase chimeIn() {
        return switch (this) {
            case PRAISE -> PRAISE_TOO;
            case TIP, BRAND_TIP -> TIP_TOO;
            case RIDE, BRAND_RIDE -> RIDE_TOO;
            case LAUNCH, BRAND_LAUNCH -> LAUNCH_TOO;
            case CITY, BRAND_NEWS, IDEA -> CHEER;
            default -> AGREE;
        };
    }
}
