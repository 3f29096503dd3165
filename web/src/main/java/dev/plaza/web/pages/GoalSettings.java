package dev.plaza.web.pages;

import dev.plaza.core.community.Goal;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
                pages.store().goals().of(workspace)));
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
