package dev.plaza.federation.moving;

import dev.plaza.core.PlazaException;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.net.OutboundRequestException;

/** An account a person named, found, or a refusal that says which and why not. */
final class AccountLookup {

    private AccountLookup() {
    }

    static Actor find(Accounts accounts, String handleOrUrl) {
        try {
            return accounts.resolve(handleOrUrl);
        } catch (FederationException | OutboundRequestException e) {
            throw new PlazaException("could not find the account %s: %s".formatted(handleOrUrl.strip(), e.getMessage()), e);
        }
    }
}
