package dev.plaza.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns the URL forms people paste ({@code postgres://user:pass@host:5432/db}, {@code postgresql://…},
 * or a JDBC URL) into the JDBC URL the driver wants.
 */
final class DatabaseUrl {

    private DatabaseUrl() {
    }

    static String toJdbc(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(("database URL '%s' is not a PostgreSQL URL; expected"
                    + " postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database")
                    .formatted(redact(url)));
        }
        URI uri = URI.create(url);
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("database URL '%s' needs a host and a database name".formatted(redact(url)));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getPath());
        String separator = "?";
        if (uri.getRawUserInfo() != null) {
            String[] userInfo = uri.getRawUserInfo().split(":", 2);
            jdbc.append("?user=").append(userInfo[0]);
            if (userInfo.length == 2) {
                jdbc.append("&password=").append(userInfo[1]);
            }
            separator = "&";
        }
        if (uri.getRawQuery() != null) {
            jdbc.append(separator).append(uri.getRawQuery());
        }
        return jdbc.toString();
    }

    /** The URL without its password, for messages and logs. */
    static String redact(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8).replaceAll("(://[^:/@]+):[^@]*@", "$1:***@")
                .replaceAll("password=[^&]*", "password=***");
    }
}
