package dev.plaza.federation.moving;

import dev.plaza.core.Store;
import dev.plaza.federation.actors.ActorActivities;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.RemoteObjects;
import java.time.Clock;

/** Everything the Moving settings need, wired in one place: aliases, the move out, follows and followers to import. */
public record Moves(ActorUris uris, Aliases aliases, MoveOut moveOut, FollowsImport follows,
        ExpectedFollowersImport expectedFollowers) {

    public static Moves create(Store store, ActorUris uris, RemoteObjects remote, Following following, Clock clock) {
        Accounts accounts = InboxSetup.accounts(store, uris, remote);
        ActorActivities activities = new ActorActivities(uris, store.follows());
        return new Moves(uris, new Aliases(store.moving(), accounts, uris, activities, clock),
                new MoveOut(store.moving(), accounts, uris, activities, clock),
                new FollowsImport(following, store.follows(), accounts),
                new ExpectedFollowersImport(store.moving(), accounts, new FollowersCollection(remote)));
    }
}
