package dev.plaza.web.pages;

import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Suggested links: one page of open suggestions, the people each side belongs to, the next page. */
public record SuggestionsView(
        Frame frame,
        List<LinkSuggestion> suggestions,
        Map<Long, Person> people,
        Optional<String> moreHref) {

    /** The person an identity of a suggestion belongs to now. */
    public Optional<Person> person(long personId) {
        return Optional.ofNullable(people.get(personId));
    }
}
