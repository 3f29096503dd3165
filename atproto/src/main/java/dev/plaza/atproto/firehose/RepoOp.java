package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.util.Locale;
import java.util.Optional;

/**
 * One record operation of a commit message (subscribeRepos#repoOp): the record path, the record's
 * new CID for creates and updates, and, since Sync 1.1, its previous CID for updates and deletes.
 */
public record RepoOp(Action action, String path, Optional<Cid> cid, Optional<Cid> prev) {

    public enum Action {
        CREATE, UPDATE, DELETE;

        /** The lexicon's name: "create", "update", "delete". */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Action ofWireName(String name) {
            return switch (name) {
                case "create" -> CREATE;
                case "update" -> UPDATE;
                case "delete" -> DELETE;
                default -> throw new AtprotoException("action \"%s\" is not create, update or delete".formatted(name));
            };
        }
    }

    public RepoOp {
        requireNonNull(action, "action");
        requireNonNull(path, "path");
        requireNonNull(cid, "cid");
        requireNonNull(prev, "prev");
        if (action == Action.DELETE ? cid.isPresent() : cid.isEmpty()) {
            throw new AtprotoException("a %s of %s %s a cid".formatted(action.wireName(), path,
                    action == Action.DELETE ? "may not carry" : "needs"));
        }
        if (action == Action.CREATE && prev.isPresent()) {
            throw new AtprotoException("a create of %s may not carry a prev: nothing was there before".formatted(path));
        }
    }

    public static RepoOp create(String path, Cid cid) {
        return new RepoOp(Action.CREATE, path, Optional.of(cid), Optional.empty());
    }

    public static RepoOp update(String path, Cid cid, Optional<Cid> prev) {
        return new RepoOp(Action.UPDATE, path, Optional.of(cid), prev);
    }

    public static RepoOp delete(String path, Optional<Cid> prev) {
        return new RepoOp(Action.DELETE, path, Optional.empty(), prev);
    }

    @Override
    public String toString() {
        return action.wireName() + " " + path;
    }
}
