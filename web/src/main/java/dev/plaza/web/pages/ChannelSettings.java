package dev.plaza.web.pages;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.mastodon.MastodonAccount;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Settings → Channels: list with each listener's status, add, pause, resume, remove. Credentials go
 * straight to the store, which encrypts them.
 */
final class ChannelSettings {

    private final PageSupport pages;

    ChannelSettings(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/channels.jte", new ChannelsView(pages.frame(ctx, "Settings · Channels", "settings"),
                pages.store().channels().list(workspace), pages.store().channels().statuses(workspace),
                pages.store().mastodonAccounts().list(workspace).stream().map(MastodonAccount::channelId)
                        .collect(Collectors.toSet())));
    }

    void add(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, "/settings/channels", () -> {
            Platform platform = Platform.fromKey(PageSupport.form(ctx, "platform"));
            ChannelKind kind = kind(PageSupport.form(ctx, "kind"));
            String handle = PageSupport.form(ctx, "handle");
            if (handle.isEmpty()) {
                throw new IllegalArgumentException("a channel needs a handle, such as @brand@example.social");
            }
            Optional<String> credentials = Optional.of(PageSupport.form(ctx, "credentials")).filter(c -> !c.isEmpty());
            Channel channel = pages.store().channels().add(workspace, platform, handle, kind, credentials);
            return "Added the %s channel %s.".formatted(channel.platform().label(), channel.handle());
        });
    }

    void remove(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "channel-id");
        PageSupport.attempt(ctx, "/settings/channels", () -> {
            pages.store().channels().remove(workspace, id);
            return "Removed the channel.";
        });
    }

    void pause(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "channel-id");
        PageSupport.attempt(ctx, "/settings/channels", () -> {
            Channel channel = pages.store().channels().pause(workspace, id);
            return "Paused %s: Plaza stops listening to it within a minute, and resumes where it stopped.".formatted(channel.handle());
        });
    }

    void resume(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "channel-id");
        PageSupport.attempt(ctx, "/settings/channels", () -> {
            Channel channel = pages.store().channels().resume(workspace, id);
            return "Resumed %s: Plaza listens to it again within a minute.".formatted(channel.handle());
        });
    }

    private static ChannelKind kind(String key) {
        return Arrays.stream(ChannelKind.values())
                .filter(k -> k.name().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel kind '%s'; expected owned, personal or listening"
                        .formatted(key)));
    }
}
