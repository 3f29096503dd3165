package dev.plaza.web.pages;

import dev.plaza.core.community.Platform;
import dev.plaza.core.people.Person;
import java.util.List;
import java.util.Optional;

/** The People list: the search as typed, one page of people, and the link to the next page. */
public record PeopleView(Frame frame, String query, String platform, List<Person> people, Optional<String> moreHref) {

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }
}
