package dev.plaza.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** The charts of a page as their canvases carry them, and the link a click on a point opens, as charts.js builds it. */
final class ChartPoints {

    private ChartPoints() {
    }

    static JsonNode chart(String html, String id) throws Exception {
        return Json.mapper().readTree(Html.attribute(html, id, "data-chart"));
    }

    /** The link of the chart's first non-empty point of the series {@code key}. */
    static String firstLink(String html, String chartId, String key) throws Exception {
        JsonNode chart = chart(html, chartId);
        for (JsonNode series : chart.path("series")) {
            if (!series.path("key").asText().equals(key)) {
                continue;
            }
            for (int point = 0; point < series.path("data").size(); point++) {
                if (series.path("data").get(point).asDouble() > 0) {
                    StringBuilder link = new StringBuilder(chart.path("path").asText())
                            .append("?from=").append(chart.path("starts").get(point).asText())
                            .append("&until=").append(chart.path("ends").get(point).asText());
                    Html.optionalAttribute(html, chartId, "data-scope").ifPresent(scope -> link.append("&scope=").append(encode(scope)));
                    for (Iterator<Map.Entry<String, JsonNode>> drill = series.path("drill").fields(); drill.hasNext(); ) {
                        var parameter = drill.next();
                        link.append('&').append(parameter.getKey()).append('=').append(encode(parameter.getValue().asText()));
                    }
                    return link.toString();
                }
            }
        }
        throw new AssertionError("no point of " + key + " in " + chartId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
