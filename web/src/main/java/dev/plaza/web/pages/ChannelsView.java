package dev.plaza.web.pages;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import java.util.List;

/** Settings → Channels: connected accounts and sources, and the form that adds one. */
public record ChannelsView(Frame frame, List<Channel> channels) {

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public List<ChannelKind> kinds() {
        return List.of(ChannelKind.values());
    }
}
