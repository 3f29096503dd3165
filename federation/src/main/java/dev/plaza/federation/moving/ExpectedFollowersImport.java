package dev.plaza.federation.moving;

import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.vocab.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moving in: who followed the brand's old account, so that the Moving page can show how many of them
 * follow the brand here now. Read from the old account's public followers collection, or from a
 * followers list (CSV of addresses) when the old server hides it. The old account must be an alias.
 */
public final class ExpectedFollowersImport {

    private static final int BATCH = 500;

    private final Moving moving;
    private final Accounts accounts;
    private final FollowersCollection collections;

    ExpectedFollowersImport(Moving moving, Accounts accounts, FollowersCollection collections) {
        this.moving = moving;
        this.accounts = accounts;
        this.collections = collections;
    }

    public RowsReport fromCollection(LocalActor actor, String oldAccount, Progress progress) {
        Actor old = oldAccount(actor, oldAccount);
        progress.update("reading the followers of " + Accounts.handleOf(old), 0, -1);
        String followers = old.followers().orElseThrow(() -> new PlazaException(
                "%s publishes no followers collection; upload its followers list as a CSV instead".formatted(old.id())));
        Set<String> members = collections.members(followers);
        int added = moving.expect(actor.id(), old.id(), List.copyOf(members));
        progress.update("reading the followers of " + Accounts.handleOf(old), members.size(), members.size());
        return new RowsReport("expecting %d followers of %s (%d new)".formatted(members.size(), Accounts.handleOf(old),
                added), List.of());
    }

    public RowsReport fromList(LocalActor actor, String oldAccount, AccountList list, Progress progress) {
        Actor old = oldAccount(actor, oldAccount);
        List<RowsReport.RowFailure> failures = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < list.size(); i++) {
            progress.update("finding the followers of " + Accounts.handleOf(old), i, list.size());
            AccountList.Row row = list.rows().get(i);
            try {
                batch.add(accounts.actorUri(row.account()));
            } catch (PlazaException | IllegalArgumentException e) {
                failures.add(new RowsReport.RowFailure(row.line(), row.account(), e.getMessage()));
            }
            if (batch.size() == BATCH || i == list.size() - 1) {
                added += moving.expect(actor.id(), old.id(), batch);
                batch.clear();
            }
        }
        progress.update("finding the followers of " + Accounts.handleOf(old), list.size(), list.size());
        return new RowsReport("expecting %d followers of %s (%d new), %d not found".formatted(list.size() - failures.size(),
                Accounts.handleOf(old), added, failures.size()), failures);
    }

    private Actor oldAccount(LocalActor actor, String oldAccount) {
        if (!actor.alsoKnownAs().contains(oldAccount.strip())) {
            throw new IllegalArgumentException("%s is not an alias of @%s; add the old account as an alias first"
                    .formatted(oldAccount.strip(), actor.username()));
        }
        return AccountLookup.find(accounts, oldAccount);
    }
}
