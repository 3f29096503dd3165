package dev.plaza.core.community;

import java.util.List;
import java.util.Map;
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

    /** Stops listening to the channel until {@link #resume}; pausing a paused channel changes nothing. */
    Channel pause(long workspaceId, long channelId);

    Channel resume(long workspaceId, long channelId);

    /** Keeps what a channel's listener reports, replacing its last report. */
    void report(long workspaceId, long channelId, ChannelStatus status);

    /** The last report of each channel of the workspace that has one, by channel id. */
    Map<Long, ChannelStatus> statuses(long workspaceId);
}
