package dev.plaza.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** The precompiled JTE templates of src/main/jte; HTML output escapes every value it writes. */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Object view) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, view, output);
        return output.toString();
    }

    public void render(Context ctx, String template, Object view) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(render(template, view));
    }
}
