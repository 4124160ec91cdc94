package org.policylens.analysis.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into {@code policylens-version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The PolicyLens version, e.g. {@code 0.1.0}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/policylens-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read policylens-version.properties", e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[]{"PolicyLens " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "Licence GPL-3.0-or-later"};
    }
}
