package dev.plaza.web.pages;

import dev.plaza.channels.mastodon.api.MastodonStatus;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.people.Identity;
import dev.plaza.web.mastodon.MastodonConnections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Replies on the fediverse through a connected Mastodon account, when the post being answered
 * mentions that account: a mention of the brand's old account is answered from it, a mention of a
 * team member's own account from that account, and only by the member who connected it. The reply
 * is kept in the thread as the account's.
 */
final class MastodonReplies {

    private final Store store;
    private final MastodonConnections connections;

    MastodonReplies(Store store, MastodonConnections connections) {
        this.store = store;
        this.connections = connections;
    }

    /** The connected account the reply's target mentions and the replying member may speak as. */
    Optional<MastodonAccount> accountFor(Replier.Reply reply) {
        List<MastodonAccount> accounts = store.mastodonAccounts().list(reply.workspaceId());
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        List<Identity> mentioned = store.activities().mentionedIn(reply.workspaceId(), reply.target().id());
        return accounts.stream()
                .filter(account -> mentioned.stream().anyMatch(identity -> names(identity, account)))
                .filter(account -> mayReplyAs(reply, account))
                .findFirst();
    }

    /** Sends the reply as the account and keeps it in the thread; answers the account's handle. */
    String send(Replier.Reply reply, MastodonAccount account) {
        MastodonStatus posted = connections.reply(account, reply.target().uri(), reply.text(), reply.target().language(),
                UUID.randomUUID().toString());
        SeenIdentity self = SeenIdentity.of(Platform.FEDIVERSE, account.actorUri(), account.handle(), account.acct(),
                Optional.empty());
        store.ingest().ingest(reply.workspaceId(), reply.sent(self, posted.uri(), posted.createdAt(), reply.text(), posted.url(),
                Optional.of(account.channelId())), Progress.NONE);
        return account.handle();
    }

    private static boolean names(Identity identity, MastodonAccount account) {
        String acct = account.acct().toLowerCase(Locale.ROOT);
        return identity.stableId().equals(account.actorUri()) || identity.stableId().equalsIgnoreCase("acct:" + acct)
                || identity.handle().toLowerCase(Locale.ROOT).equals("@" + acct);
    }

    private boolean mayReplyAs(Replier.Reply reply, MastodonAccount account) {
        Optional<Channel> channel = store.channels().find(reply.workspaceId(), account.channelId());
        if (channel.isEmpty() || channel.get().kind() == ChannelKind.OWNED) {
            return channel.isPresent();
        }
        return account.connectedBy().isPresent() && account.connectedBy().equals(reply.memberId());
    }
}
