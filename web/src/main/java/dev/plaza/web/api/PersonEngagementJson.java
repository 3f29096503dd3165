package dev.plaza.web.api;

import dev.plaza.core.engagement.PersonEngagement;
import java.time.LocalDate;
import java.util.Locale;

/** A person in a month: their level, and their love and reach over the three months up to it. */
record PersonEngagementJson(long personId, String displayName, LocalDate month, int level, String levelName, double love, long reach,
                            double gravity) {

    static PersonEngagementJson of(PersonEngagement p) {
        return new PersonEngagementJson(p.personId(), p.displayName(), p.month(), p.level().number(),
                p.level().name().toLowerCase(Locale.ROOT), p.love(), p.reach(), p.gravity());
    }
}
