package org.clinicdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from a filtered resource. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
