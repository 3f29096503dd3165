package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.people.Identity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The activities behind a point of the Overview's activity chart, with who wrote each. */
public record ActivityLogView(Frame frame, String description, List<Activity> activities, Map<Long, Identity> authors,
                              Optional<String> next, String csv) {

    public Optional<Identity> author(Activity activity) {
        return Optional.ofNullable(authors.get(activity.authorIdentityId()));
    }
}
