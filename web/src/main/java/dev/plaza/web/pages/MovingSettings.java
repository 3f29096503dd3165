package dev.plaza.web.pages;

import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.csv.CsvException;
import dev.plaza.federation.moving.AccountList;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.moving.RowsReport;
import dev.plaza.web.PublishingActor;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.imports.ImportJobs;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Settings → Moving (owners only): the brand's aliases, its move to another account and back, the
 * followers expected from an old account that moved here (with how many follow now), and importing
 * the accounts the brand follows. Long work runs as a background job, polled like imports.
 */
final class MovingSettings {

    static final String BACK = "/settings/moving";

    private final PageSupport pages;
    private final Moves moves;
    private final ImportJobs jobs;

    MovingSettings(PageSupport pages, Moves moves, ImportJobs jobs) {
        this.pages = pages;
        this.moves = moves;
        this.jobs = jobs;
    }

    void show(Context ctx) {
        pages.render(ctx, "settings/moving.jte", view(ctx));
    }

    /** The expected followers' progress alone, for htmx to poll while follows arrive. */
    void progress(Context ctx) {
        MovingView view = view(ctx);
        if (view.brand().isEmpty()) {
            ctx.html("");
            return;
        }
        pages.render(ctx, "settings/moving-progress.jte", view);
    }

    void addAlias(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            String account = PageSupport.form(ctx, "account");
            LocalActor before = actor(ctx);
            LocalActor after = moves.aliases().add(before, account);
            return after.alsoKnownAs().equals(before.alsoKnownAs()) ? "%s is already an alias.".formatted(account)
                    : "Added %s as an alias; followers' servers are being told.".formatted(after.alsoKnownAs().getLast());
        });
    }

    void removeAlias(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            String alias = PageSupport.form(ctx, "alias");
            moves.aliases().remove(actor(ctx), alias);
            return "Removed the alias %s.".formatted(alias);
        });
    }

    void move(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            requireConfirmed(ctx, "moving");
            LocalActor moved = moves.moveOut().move(actor(ctx), PageSupport.form(ctx, "target"));
            return "Moved to %s: the Move is on its way to every follower's server.".formatted(moved.movedTo().orElseThrow());
        });
    }

    void undoMove(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            requireConfirmed(ctx, "undoing the move");
            moves.moveOut().undo(actor(ctx));
            return "Undid the move: the brand publishes here again. Followers who already moved stay with the new account.";
        });
    }

    void importFollows(Context ctx) {
        uploaded(ctx).ifPresent(upload -> PageSupport.attempt(ctx, BACK, () -> {
            LocalActor actor = actor(ctx);
            actor.requireNotMoved("follow accounts");
            AccountList list = read(upload);
            jobs.start(actor.workspaceId(), "Follows from " + upload.filename(),
                    progress -> outcome(moves.follows().run(actor, list, progress)));
            return "Following the %d accounts of %s…".formatted(list.size(), upload.filename());
        }));
    }

    void importExpected(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            LocalActor actor = actor(ctx);
            String old = PageSupport.form(ctx, "old_account");
            UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("csv") : null;
            if (upload != null && upload.size() > 0) {
                AccountList list = read(upload);
                jobs.start(actor.workspaceId(), "Followers of " + old + " from " + upload.filename(),
                        progress -> outcome(moves.expectedFollowers().fromList(actor, old, list, progress)));
                return "Reading the %d followers of %s…".formatted(list.size(), old);
            }
            if (!actor.alsoKnownAs().contains(old)) {
                throw new IllegalArgumentException("choose one of the brand's aliases as the old account");
            }
            jobs.start(actor.workspaceId(), "Followers of " + old,
                    progress -> outcome(moves.expectedFollowers().fromCollection(actor, old, progress)));
            return "Reading the followers of %s…".formatted(old);
        });
    }

    private MovingView view(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Frame frame = pages.frame(ctx, "Settings · Moving", "settings");
        Optional<LocalActor> actor = PublishingActor.of(pages.store().localActors(), workspace);
        return new MovingView(frame, actor.map(a -> MovingView.Brand.of(a, pages.store().moving(), moves.uris())),
                jobs.list(workspace));
    }

    private LocalActor actor(Context ctx) {
        return PublishingActor.require(pages.store().localActors(), PageSupport.workspaceId(ctx));
    }

    private static void requireConfirmed(Context ctx, String what) {
        if (!"yes".equals(PageSupport.form(ctx, "confirm"))) {
            throw new IllegalArgumentException("tick the box to confirm %s; nothing was changed".formatted(what));
        }
    }

    /** The uploaded CSV, or a message and the way back when none was chosen. */
    private static Optional<UploadedFile> uploaded(Context ctx) {
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("csv") : null;
        if (upload == null || upload.size() == 0) {
            AccessFilter.session(ctx).ifPresent(s -> s.flash("Choose a CSV file (following_accounts.csv) to upload.", true));
            ctx.redirect(BACK, HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        return Optional.of(upload);
    }

    private static AccountList read(UploadedFile upload) {
        String name = ImportSettings.displayName(upload.filename());
        try (InputStream in = upload.content()) {
            return AccountList.read(name, in);
        } catch (CsvException e) {
            throw new PlazaException(e.getMessage() + "; nothing was imported", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload: " + e.getMessage(), e);
        }
    }

    private static ImportJobs.Outcome outcome(RowsReport report) {
        return new ImportJobs.Outcome(report.summary(), report.failures().stream().map(Object::toString).toList());
    }
}
