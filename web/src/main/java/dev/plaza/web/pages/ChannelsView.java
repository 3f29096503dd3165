package dev.plaza.web.pages;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Settings → Channels: connected accounts and sources with how their listeners go, and the form that adds one. */
public record ChannelsView(Frame frame, List<Channel> channels, Map<Long, ChannelStatus> statuses, Set<Long> oauthChannels) {

    public ChannelsView {
        channels = List.copyOf(channels);
        statuses = Map.copyOf(statuses);
        oauthChannels = Set.copyOf(oauthChannels);
    }

    /** What secret Plaza keeps for the channel: an app password or key typed in, an OAuth token, or none. */
    public String credentials(Channel channel) {
        if (oauthChannels.contains(channel.id())) {
            return "OAuth token, encrypted";
        }
        return channel.hasCredentials() ? "stored, encrypted" : "none";
    }

    public Optional<ChannelStatus> status(Channel channel) {
        return Optional.ofNullable(statuses.get(channel.id()));
    }

    /** What the status column says first: paused, or the listener's state, or nothing for channels without a listener. */
    public String state(Channel channel) {
        if (channel.paused()) {
            return "paused";
        }
        return status(channel).map(s -> s.state().key()).orElse("");
    }

    /**
     * Whether Plaza listens to the channel: a Bluesky firehose or Jetstream, a feed, or an account that
     * reports how its listening goes (a connected Mastodon account). Only those can be paused.
     */
    public boolean pausable(Channel channel) {
        return channel.isStream() || channel.isFeed() || channel.paused() || statuses.containsKey(channel.id());
    }

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public List<ChannelKind> kinds() {
        return List.of(ChannelKind.values());
    }
}
