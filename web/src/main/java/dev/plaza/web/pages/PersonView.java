package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonMerge;
import java.util.List;
import java.util.Optional;

/** A person's profile: every identity with its link evidence, the timeline, and the merge history. */
public record PersonView(
        Frame frame,
        Person person,
        List<Identity> identities,
        List<Activity> timeline,
        Optional<String> olderHref,
        List<PersonMerge> merges) {

    /** The identity that wrote an activity, when it is one of this person's. */
    public Optional<Identity> author(Activity activity) {
        return identities.stream().filter(i -> i.id() == activity.authorIdentityId()).findFirst();
    }
}
