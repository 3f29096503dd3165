package dev.plaza.federation.vocab;

import java.util.List;
import org.owasp.html.HtmlSanitizer;

/** Collects the decoded text of already-sanitized HTML, with block ends as line breaks. */
final class PlainText implements HtmlSanitizer.Policy {

    private final StringBuilder text = new StringBuilder();

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        if (elementName.equals("br")) {
            text.append('\n');
        } else if (elementName.equals("li") && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    @Override
    public void closeTag(String elementName) {
        switch (elementName) {
            case "p", "blockquote", "pre" -> text.append("\n\n");
            case "li" -> text.append('\n');
            default -> { }
        }
    }

    @Override
    public void text(String textChunk) {
        text.append(textChunk);
    }

    String result() {
        return text.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
