package dev.plaza.atproto.lexicon;

import java.util.List;
import java.util.Optional;

/** One permission in a permission set (atproto permission spec): writing to collections, or calling endpoints. */
public sealed interface Permission {

    /** collections are NSIDs (or "*"); actions are a subset of create, update and delete, all when empty. */
    record Repo(List<String> collections, List<String> actions) implements Permission {
    }

    /** lxm lists endpoint NSIDs (or "*"); the audience is either given or inherited from the including scope. */
    record Rpc(List<String> lxm, Optional<String> aud, boolean inheritAud) implements Permission {
    }
}
