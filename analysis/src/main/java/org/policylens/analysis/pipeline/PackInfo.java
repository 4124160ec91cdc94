package org.policylens.analysis.pipeline;

import java.util.Objects;

/** The rule pack as recorded in {@code run.json}. */
public record PackInfo(String name, String version, String sha256) {
    public PackInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }
}
