package dev.plaza.web.pages;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.mastodon.MastodonAccount;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Settings → Mastodon: each connected account with its channel's kind, pause and listening status. */
public record MastodonView(Frame frame, List<Row> rows) {

    /** One connected account and its channel. */
    public record Row(MastodonAccount account, Channel channel, Optional<ChannelStatus> status) {

        public String instanceHost() {
            return URI.create(account.instance()).getHost();
        }

        public String kind() {
            return channel.kind() == ChannelKind.OWNED ? "the brand's account" : "a team member's personal account";
        }

        /** Paused, the listener's state, or empty before the listener's first report. */
        public String state() {
            return channel.paused() ? "paused" : status.map(s -> s.state().key()).orElse("");
        }
    }

    public MastodonView {
        rows = List.copyOf(rows);
    }

    MastodonView(Frame frame, List<MastodonAccount> accounts, List<Channel> channels, Map<Long, ChannelStatus> statuses) {
        this(frame, rows(accounts, channels, statuses));
    }

    private static List<Row> rows(List<MastodonAccount> accounts, List<Channel> channels, Map<Long, ChannelStatus> statuses) {
        Map<Long, Channel> byId = channels.stream().collect(Collectors.toMap(Channel::id, Function.identity()));
        return accounts.stream().filter(a -> byId.containsKey(a.channelId()))
                .map(a -> new Row(a, byId.get(a.channelId()), Optional.ofNullable(statuses.get(a.channelId())))).toList();
    }
}
