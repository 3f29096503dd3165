package dev.plaza.core.ingest;

/** What a batch added; what was already there is not counted. */
public record IngestResult(long activities, long people, long identities, long conversations) {

    public static final IngestResult NOTHING = new IngestResult(0, 0, 0, 0);

    public IngestResult plus(IngestResult other) {
        return new IngestResult(activities + other.activities, people + other.people,
                identities + other.identities, conversations + other.conversations);
    }

    /** The summary line the CLI and the web app print. */
    public String summary() {
        return "imported %d activities, %d people, %d conversations".formatted(activities, people, conversations);
    }
}
