package dev.plaza.channels.mastodon;

import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.people.LinkEvidence;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fediverse account address, {@code user@host}, as Mastodon's CSV exports and mention names write it. */
public record Acct(String user, String host) {

    private static final Pattern ADDRESS = Pattern.compile("@?([^@\\s/:]{1,100})@([^@\\s/:]{1,253}(?::\\d{1,5})?)");

    /** Two identities of one batch with the same address (actor URI and acct:) are the same account. */
    static final LinkEvidence SAME_ADDRESS = new LinkEvidence("same account address in a Mastodon archive", 0.99);

    public static Optional<Acct> parse(String text) {
        Matcher m = ADDRESS.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Acct(m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
    }

    /**
     * For an account known only by its address (CSV exports name no actor URI), the stable id is
     * the {@code acct:} URI of RFC 7565, lower-cased as Mastodon compares addresses.
     */
    public String stableId() {
        return "acct:" + user.toLowerCase(Locale.ROOT) + "@" + host;
    }

    public String handle() {
        return "@" + user + "@" + host;
    }

    public PersonHint hint() {
        return new PersonHint(stableId(), SAME_ADDRESS);
    }

    /** An identity for an account the export names only by address. */
    public SeenIdentity identity() {
        return new SeenIdentity(Platform.FEDIVERSE, stableId(), handle(), handle(), Optional.empty(), Optional.of(hint()));
    }
}
