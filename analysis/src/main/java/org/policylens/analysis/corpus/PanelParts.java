package org.policylens.analysis.corpus;

import org.policylens.analysis.ingest.Part;

import java.util.List;

/** The parts the panel reports: {@code all}, {@code review}, {@code plan} (in that order). */
public final class PanelParts {

    /** Part ids in output order. */
    public static final List<String> IDS = List.of("all", "review", "plan");

    private PanelParts() {
    }

    /** Index of the part a unit adds to besides {@code all} (0), or -1 for {@link Part#OTHER}. */
    public static int indexOf(Part part) {
        return switch (part) {
            case REVIEW -> 1;
            case PLAN -> 2;
            case OTHER -> -1;
        };
    }
}
