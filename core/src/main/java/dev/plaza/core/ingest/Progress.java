package dev.plaza.core.ingest;

/** Reports how far long work has got; a CLI draws it as a bar, the web app as a progress element. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (step, done, total) -> { };

    /** {@code step} names the phase ("reading", "storing"); {@code total} is -1 when unknown. */
    void update(String step, long done, long total);
}
