package dev.plaza.federation.moving;

import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.ingest.Progress;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.vocab.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mastodon's "Import follows": the brand follows every account of a {@code following_accounts.csv}.
 * Accounts it already follows (or asked to) are skipped, so running the same file again sends
 * nothing; an account that cannot be found or followed is reported and the rest go on.
 */
public final class FollowsImport {

    private final Following following;
    private final Follows follows;
    private final Accounts accounts;

    FollowsImport(Following following, Follows follows, Accounts accounts) {
        this.following = following;
        this.follows = follows;
        this.accounts = accounts;
    }

    public RowsReport run(LocalActor actor, AccountList list, Progress progress) {
        actor.requireNotMoved("follow accounts");
        List<AccountList.Row> rows = list.rows();
        List<RowsReport.RowFailure> failures = new ArrayList<>();
        int followed = 0;
        int already = 0;
        Set<String> followedAlready = followedAlready(actor);
        for (int i = 0; i < rows.size(); i++) {
            progress.update("following", i, rows.size());
            AccountList.Row row = rows.get(i);
            try {
                Actor target = AccountLookup.find(accounts, row.account());
                if (followedAlready.contains(target.id())) {
                    already++;
                } else {
                    following.follow(actor, target);
                    followedAlready.add(target.id());
                    followed++;
                }
            } catch (PlazaException | IllegalArgumentException e) {
                failures.add(new RowsReport.RowFailure(row.line(), row.account(), e.getMessage()));
            }
        }
        progress.update("following", rows.size(), rows.size());
        return new RowsReport("followed %d accounts, %d already followed, %d failed".formatted(followed, already,
                failures.size()), failures);
    }

    private Set<String> followedAlready(LocalActor actor) {
        return follows.following(actor.id()).stream().map(Follow::remoteActorUri).collect(Collectors.toCollection(HashSet::new));
    }
}
