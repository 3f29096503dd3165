package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.web.Paths;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.imports.ImportJob;
import dev.plaza.web.imports.ImportJobs;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings → Imports: upload a Mastodon archive or a Bluesky repository export, import it in the
 * background, and poll its progress (htmx asks for the job's fragment every half second until it ends).
 */
final class ImportSettings {

    static final String FIELD = "archive";
    /** The Bluesky form's field; a .car file uploaded through the Mastodon form is one too. */
    static final String REPOSITORY_FIELD = "repository";

    private final PageSupport pages;
    private final ImportJobs jobs;

    ImportSettings(PageSupport pages, ImportJobs jobs) {
        this.pages = pages;
        this.jobs = jobs;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/imports.jte", new ImportsView(pages.frame(ctx, "Settings · Imports", "settings"),
                jobs.list(workspace)));
    }

    void upload(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        UploadedFile repository = ctx.isMultipartFormData() ? ctx.uploadedFile(REPOSITORY_FIELD) : null;
        UploadedFile upload = repository != null ? repository : ctx.isMultipartFormData() ? ctx.uploadedFile(FIELD) : null;
        if (upload == null || upload.size() == 0) {
            refuse(ctx, repository != null ? "Choose a Bluesky repository export (.car) to upload."
                    : "Choose a Mastodon archive (.zip), CSV export or Bluesky repository export (.car) to upload.");
            return;
        }
        String name = displayName(upload.filename());
        Path file = saved(upload, name);
        boolean bluesky = repository != null || name.toLowerCase(Locale.ROOT).endsWith(".car");
        ImportJob job = bluesky ? jobs.startBluesky(workspace, name, file) : jobs.startMastodon(workspace, name, file);
        if (Paths.isHtmx(ctx)) {
            ctx.status(HttpStatus.ACCEPTED);
            pages.render(ctx, "settings/import-job.jte", job);
        } else {
            PageSupport.redirect(ctx, "/settings/imports", "Importing %s…".formatted(name));
        }
    }

    void progress(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        String id = ctx.pathParam("job-id");
        ImportJob job = jobs.find(workspace, id).orElseThrow(() -> new NotFoundException("import", id));
        pages.render(ctx, "settings/import-job.jte", job);
    }

    private void refuse(Context ctx, String message) {
        if (Paths.isHtmx(ctx)) {
            pages.render(ctx, "settings/import-refused.jte", message);
        } else {
            AccessFilter.session(ctx).ifPresent(s -> s.flash(message, true));
            ctx.redirect("/settings/imports", HttpStatus.SEE_OTHER);
        }
    }

    /** The upload's own name, for people to recognise it: no directories, no control characters. */
    static String displayName(String filename) {
        if (filename == null) {
            return "archive";
        }
        String base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "archive" : Fmt.excerpt(base, 120);
    }

    /**
     * Saves the upload under its own name in a fresh temporary folder: the reader tells a CSV
     * export by its file name, and its messages then name the file the person chose.
     */
    private static Path saved(UploadedFile upload, String name) {
        try (InputStream in = upload.content()) {
            Path file = Files.createTempDirectory("plaza-import-").resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the upload: " + e.getMessage(), e);
        }
    }
}
