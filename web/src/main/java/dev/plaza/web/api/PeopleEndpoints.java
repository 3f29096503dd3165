package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** People, their identities, their activities and the merges that shaped them. */
final class PeopleEndpoints {

    private final Store store;

    PeopleEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("q", "platform", "cursor", "limit"));
        var filter = new PersonFilter(query.text("q"), query.platform());
        var page = store.people().search(Caller.workspace(ctx), filter, query.page());
        Json.send(ctx, ListJson.of(page, PersonJson::of));
    }

    /** Open suggestions of identities that may be one person, newest first. */
    void suggestions(Context ctx) {
        Query query = Query.of(ctx, Set.of("cursor", "limit"));
        var page = store.identityLinks().suggestions(Caller.workspace(ctx), query.page());
        Json.send(ctx, ListJson.of(page, SuggestionJson::of));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Person person = find(workspaceId, Caller.pathId(ctx, "person"));
        Json.send(ctx, PersonDetailJson.of(person, store.people().identitiesOf(workspaceId, person.id())));
    }

    void activities(Context ctx) {
        Query query = Query.of(ctx, Set.of("platform", "kind", "cursor", "limit"));
        long workspaceId = Caller.workspace(ctx);
        Person person = find(workspaceId, Caller.pathId(ctx, "person"));
        var filter = new ActivityFilter(Optional.of(person.id()), query.platform(), query.kind(), Optional.empty());
        var page = store.activities().list(workspaceId, filter, query.page());
        Json.send(ctx, ListJson.of(page, ActivityJson::of));
    }

    void merges(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Person person = find(workspaceId, Caller.pathId(ctx, "person"));
        Json.send(ctx, ListJson.complete(store.people().mergesOf(workspaceId, person.id()), MergeJson::of));
    }

    /** The person's relationship with the brand, how their posts feel and how they speak for it. */
    void relationship(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        long personId = find(workspaceId, Caller.pathId(ctx, "person")).id();
        Json.send(ctx, RelationshipJson.of(personId, store.relationships().of(workspaceId, personId),
                store.sentiments().ofPerson(workspaceId, personId), store.advocates().ofPerson(workspaceId, personId)));
    }

    private Person find(long workspaceId, long personId) {
        return store.people().find(workspaceId, personId)
                .orElseThrow(() -> new NotFoundException("person", personId));
    }
}
