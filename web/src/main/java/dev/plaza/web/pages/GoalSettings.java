package dev.plaza.web.pages;

import dev.plaza.core.community.Goal;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Settings → Goal: the community's shared goal, which marks conversations as part of it. */
final class GoalSettings {

    private final PageSupport pages;

    GoalSettings(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/goal.jte", new GoalView(pages.frame(ctx, "Settings · Goal", "settings"),
                pages.store().goals().of(workspace), pages.store().alertWebhooks().of(workspace).map(URI::toString).orElse("")));
    }

    void save(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, "/settings", () -> {
            pages.store().goals().save(new Goal(workspace,
                    PageSupport.form(ctx, "description"),
                    list(ctx, "keywords", UnaryOperator.identity()),
                    list(ctx, "hashtags", tag -> tag.startsWith("#") ? tag.substring(1) : tag),
                    list(ctx, "languages", lang -> lang.toLowerCase(Locale.ROOT)),
                    list(ctx, "exclusions", UnaryOperator.identity())));
            return "Saved the shared goal.";
        });
    }

    /** Where the workspace's alerts are posted; an empty field stops posting them. */
    void saveAlerts(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, "/settings", () -> {
            String field = PageSupport.form(ctx, "webhook").strip();
            if (field.isEmpty()) {
                pages.store().alertWebhooks().set(workspace, Optional.empty());
                return "Alerts are no longer posted to a webhook.";
            }
            pages.store().alertWebhooks().set(workspace, Optional.of(webhook(field)));
            return "Alerts will be posted to " + field + ".";
        });
    }

    static URI webhook(String field) {
        URI uri;
        try {
            uri = new URI(field);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"%s\" is not a web address: %s".formatted(field, e.getReason()), e);
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("a webhook is an http or https address with a host, such as https://chat.example/hooks/123");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put a webhook's secret in its path or query, not before its host");
        }
        return uri;
    }

    /** A comma- or line-separated field as a list: trimmed, without blanks or repeats. */
    static List<String> list(Context ctx, String field, UnaryOperator<String> normalize) {
        return Arrays.stream(PageSupport.form(ctx, field).split("[,\\n]"))
                .map(String::strip)
                .map(normalize)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
