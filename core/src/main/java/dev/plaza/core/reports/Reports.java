package dev.plaza.core.reports;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Reports that other servers sent about a workspace's accounts and posts, and their resolution. */
public interface Reports {

    /** Stores a report; empty when the workspace holds one with the same {@code uri} already (a repeated delivery). */
    Optional<Report> receive(long workspaceId, NewReport report);

    /** The workspace's reports, newest first, open and resolved. */
    Page<Report> list(long workspaceId, PageRequest page);

    Optional<Report> find(long workspaceId, long reportId);

    /** Marks an open report resolved; empty when there is no such report or it is resolved already. */
    Optional<Report> resolve(long workspaceId, long reportId, Resolution resolution);

    /**
     * {@link #resolve}, saying why not: a {@link NotFoundException} when the workspace has no such
     * report, a {@link PlazaException} when it was resolved already (and by whom).
     */
    default Report resolveOpen(long workspaceId, long reportId, Resolution resolution) {
        return resolve(workspaceId, reportId, resolution).orElseThrow(() -> find(workspaceId, reportId)
                .flatMap(Report::resolution)
                .<PlazaException>map(done -> new PlazaException("report %d was resolved already, by %s at %s"
                        .formatted(reportId, done.by(), done.at())))
                .orElseGet(() -> new NotFoundException("report", reportId)));
    }
}
