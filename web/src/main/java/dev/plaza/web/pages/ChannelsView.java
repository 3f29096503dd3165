package dev.plaza.web.pages;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings → Channels: connected accounts and sources with how their listeners go, and the form that adds one. */
public record ChannelsView(Frame frame, List<Channel> channels, Map<Long, ChannelStatus> statuses) {

    public ChannelsView {
        channels = List.copyOf(channels);
        statuses = Map.copyOf(statuses);
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

    /** Only listening channels have a listener to pause; owned and personal accounts are acted through. */
    public boolean pausable(Channel channel) {
        return channel.kind() == ChannelKind.LISTENING;
    }

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public List<ChannelKind> kinds() {
        return List.of(ChannelKind.values());
    }
}
