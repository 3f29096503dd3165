package dev.plaza.federation.inbox;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Communities;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Domain blocks, per workspace, applied to every server an activity involves: the actor's, the
 * activity's, and those of every object and author nested in it.
 */
final class Blocks {

    private final Communities communities;
    private final Map<Long, List<String>> blocked = new HashMap<>();

    Blocks(Communities communities) {
        this.communities = communities;
    }

    /** The recipients whose workspace blocks none of {@code hosts}. */
    List<LocalActor> allowing(List<LocalActor> recipients, List<String> hosts) {
        return recipients.stream().filter(r -> hosts.stream().noneMatch(h -> Origins.blocked(h, domains(r.workspaceId()))))
                .toList();
    }

    private List<String> domains(long workspaceId) {
        return blocked.computeIfAbsent(workspaceId,
                w -> communities.blockedDomains(w).stream().map(DomainBlock::domain).toList());
    }

    static List<String> hostsOf(AsObject object) {
        List<String> iris = new ArrayList<>();
        collect(object, iris, 0);
        return iris.stream().flatMap(iri -> Origins.host(iri).stream()).distinct().toList();
    }

    private static void collect(AsObject object, List<String> iris, int depth) {
        object.iri().ifPresent(iris::add);
        switch (object) {
            case Activity activity -> {
                activity.actor().ifPresent(iris::add);
                activity.object().ifPresent(ref -> collect(ref, iris, depth));
                activity.target().ifPresent(ref -> collect(ref, iris, depth));
            }
            case Note note -> note.attributedTo().ifPresent(iris::add);
            case Actor actor -> actor.movedTo().ifPresent(iris::add);
            default -> { }
        }
    }

    private static void collect(Ref ref, List<String> iris, int depth) {
        Optional<AsObject> embedded = ref instanceof Ref.Embedded(AsObject inner) ? Optional.of(inner) : Optional.empty();
        if (embedded.isPresent() && depth < 8) {
            collect(embedded.get(), iris, depth + 1);
        } else {
            ref.iri().ifPresent(iris::add);
        }
    }
}
