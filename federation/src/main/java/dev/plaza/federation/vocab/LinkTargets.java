package dev.plaza.federation.vocab;

import java.util.ArrayList;
import java.util.List;
import org.owasp.html.HtmlSanitizer;

/** Collects the decoded {@code href} of every link in already-sanitized HTML. */
final class LinkTargets implements HtmlSanitizer.Policy {

    private final List<String> hrefs = new ArrayList<>();

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        if (!elementName.equals("a")) {
            return;
        }
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals("href")) {
                hrefs.add(attrs.get(i + 1));
            }
        }
    }

    @Override
    public void closeTag(String elementName) {
    }

    @Override
    public void text(String textChunk) {
    }

    List<String> result() {
        return List.copyOf(hrefs);
    }
}
