package dev.plaza.core.reports;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A report another server sent (an ActivityPub {@code Flag}) about the workspace's accounts or
 * posts, for the team to look at and resolve.
 *
 * @param uri            the Flag's id: a report is stored once, however often it is delivered
 * @param reporterUri    who reported: the remote actor, often a server's instance actor
 * @param reporterHandle how people name the reporter ({@code @user@host}, or its actor URL)
 * @param accounts       the workspace's reported actors (actor URIs); only Plaza's own are kept
 * @param posts          the workspace's reported posts (post URIs); only Plaza's own are kept
 * @param reason         what the reporter wrote, as plain text; may be empty
 * @param resolution     who on the team resolved it, and when; empty while it is open
 */
public record Report(
        long id,
        long workspaceId,
        String uri,
        String reporterUri,
        String reporterHandle,
        List<String> accounts,
        List<String> posts,
        String reason,
        Instant receivedAt,
        Optional<Resolution> resolution) {

    public Report {
        requireNonNull(uri, "uri");
        requireNonNull(reporterUri, "reporterUri");
        requireNonNull(reporterHandle, "reporterHandle");
        accounts = List.copyOf(accounts);
        posts = List.copyOf(posts);
        requireNonNull(reason, "reason");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(resolution, "resolution");
    }

    public boolean open() {
        return resolution.isEmpty();
    }
}
