package dev.plaza.web.pages;

import io.javalin.http.Context;

/** Settings → Deliveries: how the fediverse delivery queue is doing for this workspace, and what gave up. */
final class DeliverySettings {

    static final int DEAD_LETTERS_SHOWN = 50;

    private final PageSupport pages;

    DeliverySettings(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        var jobs = pages.store().deliveryJobs();
        pages.render(ctx, "settings/deliveries.jte", new DeliveriesView(pages.frame(ctx, "Settings · Deliveries", "settings"),
                jobs.counts(workspace), jobs.deadLetters(workspace, DEAD_LETTERS_SHOWN)));
    }
}
