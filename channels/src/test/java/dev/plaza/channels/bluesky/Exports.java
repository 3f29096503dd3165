package dev.plaza.channels.bluesky;

import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.core.activity.ActivityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real exports in shared/vectors/atproto-repos, and what a test expects of each, counted from
 * the CAR itself with the atproto module alone: activities by kind, and each reply's thread root.
 */
final class Exports {

    static final Path DATA = Path.of(System.getProperty("plaza.vectors"), "atproto-repos", "testing", "testdata");

    record Expected(String did, Map<ActivityKind, Integer> kinds, Map<String, Integer> otherCollections,
            Map<String, String> rootOfReply) {

        int activities() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Exports() {
    }

    static Path file(String name) {
        return DATA.resolve(name);
    }

    static Expected expected(String name) {
        Repository repository;
        try {
            repository = Repository.of(CarReader.readAll(Files.readAllBytes(file(name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String did = repository.commit().did();
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        Map<String, Integer> others = new TreeMap<>();
        Map<String, String> roots = new LinkedHashMap<>();
        repository.forEachRecord((path, value) -> {
            String collection = path.substring(0, path.indexOf('/'));
            DagValue.Map record = (DagValue.Map) value;
            switch (collection) {
                case "app.bsky.feed.post" -> {
                    var reply = record.map("reply");
                    kinds.merge(reply.isPresent() ? ActivityKind.REPLY : ActivityKind.POST, 1, Integer::sum);
                    reply.ifPresent(r -> roots.put("at://" + did + "/" + path,
                            r.map("root").orElseThrow().text("uri").orElseThrow()));
                }
                case "app.bsky.feed.like" -> kinds.merge(ActivityKind.LIKE, 1, Integer::sum);
                case "app.bsky.feed.repost" -> kinds.merge(ActivityKind.REPOST, 1, Integer::sum);
                case "app.bsky.graph.follow" -> kinds.merge(ActivityKind.FOLLOW, 1, Integer::sum);
                case "app.bsky.actor.profile" -> { }
                default -> others.merge(collection, 1, Integer::sum);
            }
        });
        return new Expected(did, kinds, others, roots);
    }
}
