package dev.plaza.federation.inbox;

import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.Ref;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who and where an activity involves, at every nesting level: the servers of every IRI it names,
 * and the accounts that act or author in it (its actor, the authors of embedded objects, embedded
 * actors). Blocks are checked against both.
 */
record Involved(List<String> hosts, List<String> actors) {

    private static final int MAX_DEPTH = 8;

    Involved {
        hosts = List.copyOf(hosts);
        actors = List.copyOf(actors);
    }

    static Involved in(AsObject object) {
        Set<String> iris = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        collect(object, iris, actors, 0);
        iris.addAll(actors);
        return new Involved(iris.stream().flatMap(iri -> Origins.host(iri).stream()).distinct().toList(), List.copyOf(actors));
    }

    private static void collect(AsObject object, Set<String> iris, Set<String> actors, int depth) {
        object.iri().ifPresent(iris::add);
        switch (object) {
            case Activity activity -> {
                activity.actor().ifPresent(actors::add);
                activity.objects().forEach(ref -> collect(ref, iris, actors, depth));
                activity.target().ifPresent(ref -> collect(ref, iris, actors, depth));
            }
            case Note note -> note.attributedTo().ifPresent(actors::add);
            case Actor actor -> {
                actors.add(actor.id());
                actor.movedTo().ifPresent(iris::add);
            }
            default -> { }
        }
    }

    private static void collect(Ref ref, Set<String> iris, Set<String> actors, int depth) {
        if (ref instanceof Ref.Embedded(AsObject inner) && depth < MAX_DEPTH) {
            collect(inner, iris, actors, depth + 1);
        } else {
            ref.iri().ifPresent(iris::add);
        }
    }
}
