package dev.plaza.web.pages;

import dev.plaza.core.search.ActivityHit;
import dev.plaza.core.search.PersonHit;
import java.util.List;
import java.util.Optional;

/** The search page: the query as typed, what was wrong with it if anything, and what it found. */
public record SearchView(Frame frame, String query, Optional<String> problem, List<ActivityHit> hits,
        List<PersonHit> people, Optional<String> moreHref) {
}
