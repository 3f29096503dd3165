package dev.plaza.core.community;

import java.util.List;
import java.util.Optional;

/** Connected accounts and sources. Credentials go in encrypted and come out only through {@link #credentials}. */
public interface Channels {

    Channel add(long workspaceId, Platform platform, String handle, ChannelKind kind, Optional<String> credentials);

    List<Channel> list(long workspaceId);

    Optional<Channel> find(long workspaceId, long channelId);

    /** Finds the channel for this platform and handle, adding it if there is none. */
    Channel ensure(long workspaceId, Platform platform, String handle, ChannelKind kind);

    Optional<String> credentials(long workspaceId, long channelId);

    void remove(long workspaceId, long channelId);
}
