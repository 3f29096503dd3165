package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.auth.Session;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every page handler needs: the store, the templates, the frame, and post/redirect/get. */
public final class PageSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PageSupport.class);

    private final Store store;
    private final Templates templates;

    public PageSupport(Store store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    public Store store() {
        return store;
    }

    public Frame frame(Context ctx, String title, String section) {
        Optional<Principal> principal = Principal.find(ctx);
        Optional<Session> session = AccessFilter.session(ctx);
        return new Frame(title, section, principal, principal.flatMap(this::workspace),
                session.map(Session::csrfToken).orElse(""), session.flatMap(Session::takeFlash));
    }

    public void render(Context ctx, String template, Object view) {
        templates.render(ctx, template, view);
    }

    public String renderToString(String template, Object view) {
        return templates.render(template, view);
    }

    public static long workspaceId(Context ctx) {
        return Principal.of(ctx).workspaceId();
    }

    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a valid %s".formatted(raw, name.replace('-', ' ')));
        }
    }

    public static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public static String form(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** A table as a download: RFC 4180 CSV, named {@code filename}. */
    public static void csv(Context ctx, String filename, dev.plaza.core.csv.CsvTable table) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"%s\"".formatted(filename))
                .result(table.text());
    }

    /** Reads page after page of a listing, the largest the store gives, until {@code max} items or the last page: a CSV's rows. */
    static <T> void eachPage(Function<PageRequest, Page<T>> read, int max, Consumer<List<T>> items) {
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        int given = 0;
        while (given < max) {
            Page<T> page = read.apply(request);
            items.accept(page.items());
            given += page.items().size();
            if (page.nextCursor().isEmpty()) {
                return;
            }
            request = PageRequest.after(page.nextCursor().get(), PageRequest.MAX_LIMIT);
        }
    }

    /** Post/redirect/get: leaves a message for the next page and sends the browser there. */
    public static void redirect(Context ctx, String location, String message) {
        AccessFilter.session(ctx).ifPresent(s -> s.flash(message, false));
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /**
     * Runs a form's action; a mistake in the input (or a rule of the store) goes back to the form as
     * a message instead of an error page.
     */
    public static void attempt(Context ctx, String back, Supplier<String> action) {
        String success;
        try {
            success = action.get();
        } catch (NotFoundException e) {
            throw e;
        } catch (IllegalArgumentException | PlazaException e) {
            LOG.atInfo().addKeyValue("path", ctx.path()).addKeyValue("reason", e.getMessage()).log("form refused");
            AccessFilter.session(ctx).ifPresent(s -> s.flash(e.getMessage(), true));
            ctx.redirect(back, HttpStatus.SEE_OTHER);
            return;
        }
        redirect(ctx, back, success);
    }

    private Optional<Workspace> workspace(Principal principal) {
        try {
            return store.workspaces().find(principal.workspaceId());
        } catch (RuntimeException e) {
            LOG.warn("could not read workspace {} for the page frame", principal.workspaceId(), e);
            return Optional.empty();
        }
    }
}
