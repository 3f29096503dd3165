package dev.plaza.web.pages;

import dev.plaza.core.paging.Page;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Suggested links between people: the list, and merging or dismissing the selected ones. */
final class SuggestionPages {

    static final int PAGE = 25;
    private static final String BACK = "/people/suggestions";

    private final PageSupport pages;

    SuggestionPages(PageSupport pages) {
        this.pages = pages;
    }

    void list(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Page<LinkSuggestion> page = pages.store().identityLinks().suggestions(workspace,
                PeoplePages.request(ctx, PAGE));
        Map<Long, Person> people = page.items().stream()
                .flatMap(s -> Stream.of(s.left().personId(), s.right().personId())).distinct()
                .flatMap(id -> pages.store().people().find(workspace, id).stream())
                .collect(Collectors.toMap(Person::id, Function.identity()));
        pages.render(ctx, "pages/suggestions.jte", new SuggestionsView(pages.frame(ctx, "Suggested links", "people"),
                page.items(), people, page.nextCursor().map(c -> Fmt.url(BACK, "cursor", c))));
    }

    void merge(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, BACK, () -> {
            List<PersonMerge> merges = pages.store().identityLinks().accept(workspace, selected(ctx, "suggestion"),
                    Principal.of(ctx).memberId());
            return "Merged %s.".formatted(Fmt.count(merges.size(), "pair of people", "pairs of people"));
        });
    }

    void dismiss(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, BACK, () -> {
            List<LinkSuggestion> dismissed = pages.store().identityLinks().dismiss(workspace,
                    selected(ctx, "suggestion"), Principal.of(ctx).memberId());
            return "Dismissed %s; Plaza will not suggest them again."
                    .formatted(Fmt.count(dismissed.size(), "suggestion", "suggestions"));
        });
    }

    /** The ids ticked in a form's checkboxes named {@code name}; at least one. */
    static List<Long> selected(Context ctx, String name) {
        List<Long> ids = ctx.formParams(name).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(raw -> parse(raw, name)).distinct().toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Select at least one %s first.".formatted(name));
        }
        return ids;
    }

    private static long parse(String raw, String name) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not the number of a %s".formatted(raw, name));
        }
    }
}
