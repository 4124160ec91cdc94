package org.policylens.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Theme styles for the report: the caller's (from the rule pack) first, then the zh-policy defaults
 * (Okabe-Ito, colour-blind safe), then a fallback palette for themes nobody described.
 */
final class ReportThemes {
    static final String NONE = "none";

    private static final Map<String, ReportTheme> KNOWN = Map.of(
            "economy", new ReportTheme("economy", "经济", "Economy", "#0072B2"),
            "innovation", new ReportTheme("innovation", "创新", "Innovation", "#E69F00"),
            "ecology", new ReportTheme("ecology", "生态", "Ecology", "#009E73"),
            "livelihood", new ReportTheme("livelihood", "民生", "Livelihood", "#CC79A7"),
            NONE, new ReportTheme(NONE, "无主题", "None", "#999999"));
    /** Remaining Okabe-Ito colours, then two neutrals, for extra themes of user packs. */
    private static final List<String> FALLBACK = List.of("#56B4E9", "#D55E00", "#F0E442", "#000000", "#7F7F7F", "#332288");

    private ReportThemes() {
    }

    /**
     * Resolves a style for every theme id, in the given order.
     *
     * @param ids    theme ids in pack order as found in the outputs (may include {@code none})
     * @param styles styles supplied by the caller (usually from the rule pack); may be empty
     */
    static List<ReportTheme> resolve(List<String> ids, List<ReportTheme> styles) {
        Map<String, ReportTheme> given = new LinkedHashMap<>();
        for (ReportTheme t : styles) {
            given.put(t.id(), t);
        }
        List<ReportTheme> out = new ArrayList<>();
        int fallback = 0;
        for (String id : ids) {
            ReportTheme t = given.getOrDefault(id, KNOWN.get(id));
            if (t == null) {
                t = new ReportTheme(id, "", id, FALLBACK.get(fallback++ % FALLBACK.size()));
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
