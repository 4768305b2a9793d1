package org.handoutstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and commit this build was made from (filled in by Maven). */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/handoutstudio/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A missing file only means "unknown version"; the app still works.
        }
        return properties;
    }

    public static String version() {
        return clean(PROPERTIES.getProperty("version"), "development");
    }

    public static String commit() {
        return clean(PROPERTIES.getProperty("commit"), "unknown");
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
