package dev.plaza.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for assertions: an attribute's value, unescaped. */
final class Html {

    private Html() {
    }

    static String attribute(String html, String elementId, String attribute) {
        return optionalAttribute(html, elementId, attribute)
                .orElseThrow(() -> new AssertionError("element " + elementId + " has no attribute " + attribute));
    }

    static java.util.Optional<String> optionalAttribute(String html, String elementId, String attribute) {
        Matcher element = Pattern.compile("<[^>]*id=\"" + Pattern.quote(elementId) + "\"[^>]*>", Pattern.DOTALL).matcher(html);
        if (!element.find()) {
            throw new AssertionError("no element with id " + elementId);
        }
        Matcher value = Pattern.compile(Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(element.group());
        return value.find() ? java.util.Optional.of(unescape(value.group(1))) : java.util.Optional.empty();
    }

    static String unescape(String text) {
        return text.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
