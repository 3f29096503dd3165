package dev.plaza.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the pages find their scripts: the WebJars on the classpath, served under /assets/vendor. */
public final class Assets {

    public static final String VENDOR_PATH = "/assets/vendor";
    public static final String HTMX = VENDOR_PATH + "/htmx.org/" + version("htmx.org") + "/dist/htmx.min.js";
    public static final String CHART_JS = VENDOR_PATH + "/chart.js/" + version("chart.js") + "/dist/chart.umd.min.js";

    private Assets() {
    }

    private static String version(String artifact) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + artifact + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
