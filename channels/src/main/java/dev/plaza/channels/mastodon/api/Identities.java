package dev.plaza.channels.mastodon.api;

import dev.plaza.channels.mastodon.Acct;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.Optional;

/**
 * Accounts of the API as Plaza's identities, lined up with the Mastodon archive import: the fediverse platform,
 * the actor URI as stable id, {@code @user@host} as handle, and the address's person hint. An account without an
 * actor URI (instances before Mastodon 4.2 do not send {@code uri}), and every mentioned account (the API names
 * mentions by address only), is known by its {@code acct:} URI, as the CSV import knows accounts; the hint links
 * it to the actor-URI identity of the same address.
 */
final class Identities {

    private Identities() {
    }

    static SeenIdentity of(MastodonAccount account, Instance answering) {
        Acct acct = Acct.parse(account.address(answering)).orElseThrow(() -> new IllegalArgumentException(
                "account %s has the address \"%s\", which is not user@host".formatted(account.id(),
                        MastodonIds.abbreviated(account.acct()))));
        String name = account.displayName().isBlank() ? account.username() : account.displayName();
        return new SeenIdentity(Platform.FEDIVERSE, account.uri().orElse(acct.stableId()), acct.handle(), name,
                account.url(), Optional.of(acct.hint()));
    }

    static Optional<SeenIdentity> mentioned(MastodonStatus.Mention mention, Instance answering) {
        String address = mention.acct().contains("@") ? mention.acct() : mention.acct() + "@" + answering.host();
        return Acct.parse(address).map(acct -> new SeenIdentity(Platform.FEDIVERSE, acct.stableId(), acct.handle(),
                acct.handle(), mention.url(), Optional.of(acct.hint())));
    }
}
