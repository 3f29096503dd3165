package dev.plaza.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for assertions: an attribute's value, unescaped. */
final class Html {

    private Html() {
    }

    static String attribute(String html, String elementId, String attribute) {
        Matcher element = Pattern.compile("<[^>]*id=\"" + Pattern.quote(elementId) + "\"[^>]*>", Pattern.DOTALL).matcher(html);
        if (!element.find()) {
            throw new AssertionError("no element with id " + elementId);
        }
        Matcher value = Pattern.compile(Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(element.group());
        if (!value.find()) {
            throw new AssertionError("element " + elementId + " has no attribute " + attribute);
        }
        return unescape(value.group(1));
    }

    static String unescape(String text) {
        return text.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
