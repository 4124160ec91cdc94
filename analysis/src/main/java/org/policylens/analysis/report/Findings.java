package org.policylens.analysis.report;

import org.policylens.analysis.stats.Holm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the tests_*.csv tables into sentences a policy researcher can read. Threshold: p &lt; 0.05 after Holm
 * correction within each family (tests_pairwise carries its own p_holm; residuals are corrected per group_by × part,
 * trends per group_by × part × measure). Sentences are in table order, significant ones first within each kind.
 */
final class Findings {
    static final double ALPHA = 0.05;

    private final Map<String, ReportTheme> themes;

    Findings(List<ReportTheme> themes) {
        this.themes = new LinkedHashMap<>();
        themes.forEach(t -> this.themes.put(t.id(), t));
    }

    List<Finding> all(OutputFolder out) {
        List<Finding> f = new ArrayList<>();
        out.chisq().ifPresent(t -> f.addAll(chisq(t)));
        out.residuals().ifPresent(t -> f.addAll(residuals(t)));
        out.pairwise().ifPresent(t -> f.addAll(pairwise(t)));
        out.trend().ifPresent(t -> f.addAll(trend(t)));
        out.jsd().ifPresent(t -> f.addAll(jsd(t)));
        out.robustness().ifPresent(t -> f.addAll(robustness(t)));
        return List.copyOf(f);
    }

    List<Finding> chisq(CsvTable t) {
        List<Finding> f = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            keys.add(r.number("p"));
            double p = r.number("p");
            boolean sig = p < ALPHA;
            String note = r.get("note").isBlank() ? "" : " Note: " + r.get("note") + ".";
            f.add(new Finding("chisq", "", String.format(java.util.Locale.ROOT,
                    "The mix of themes in the %s %s between %s groups: \u03c7\u00b2(%s) = %s, %s, Cram\u00e9r's V = %s (n = %s units).%s",
                    Vocabulary.part(r.get("part")), sig ? "differs significantly" : "does not differ significantly",
                    r.get("group_by"), Numbers.sig(r.number("df"), 3), Numbers.fixed(r.number("statistic"), 1),
                    Numbers.p(p), Numbers.fixed(r.number("cramers_v"), 2), Numbers.sig(r.number("n"), 12), note), sig));
        }
        return strongestFirst(f, keys);
    }

    List<Finding> residuals(CsvTable t) {
        double[] holm = holmWithin(t.rows(), r -> r.get("group_by") + "\u0000" + r.get("part"), "p");
        List<Finding> f = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (int i = 0; i < holm.length; i++) {
            CsvTable.Row r = t.rows().get(i);
            double res = r.number("residual");
            keys.add(-Math.abs(res));
            boolean sig = holm[i] < ALPHA;
            String theme = r.get("theme");
            String text = sig
                    ? String.format(java.util.Locale.ROOT,
                    "%s gives %s significantly %s weight than the other %s groups (%s): residual %s, %s (Holm); %s observed, %s expected.",
                    r.get("group"), themeName(theme), res > 0 ? "more" : "less", r.get("group_by"),
                    Vocabulary.part(r.get("part")), Numbers.signed(res), Numbers.p(holm[i]),
                    units(r.number("observed")), Numbers.fixed(r.number("expected"), 1))
                    : String.format(java.util.Locale.ROOT,
                    "%s: %s is close to what the other %s groups give it (%s): residual %s, %s (Holm).",
                    r.get("group"), themeName(theme), r.get("group_by"), Vocabulary.part(r.get("part")),
                    Numbers.signed(res), Numbers.p(holm[i]));
            f.add(new Finding("residuals", theme, r.get("group_by"), r.get("group"), text, sig));
        }
        return strongestFirst(f, keys);
    }

    List<Finding> pairwise(CsvTable t) {
        List<Finding> f = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            double pHolm = r.number("p_holm");
            keys.add(r.number("p"));
            boolean sig = r.get("significant").isBlank() ? pHolm < ALPHA : r.flag("significant");
            double a = r.number("share_a");
            double b = r.number("share_b");
            String theme = r.get("theme");
            String test = r.getOrDefault("test", "");
            String how = (test.isBlank() ? "" : test + "; ") + "Holm-corrected " + Numbers.p(pHolm);
            String text = sig
                    ? String.format(java.util.Locale.ROOT, "In the %s, %s gives %s significantly %s weight than %s: %s vs %s (%s).",
                    Vocabulary.part(r.get("part")), r.get("group_a"), themeName(theme), a > b ? "more" : "less",
                    r.get("group_b"), Numbers.percent(a), Numbers.percent(b), how)
                    : String.format(java.util.Locale.ROOT, "In the %s, %s and %s give %s similar weight: %s vs %s (%s).",
                    Vocabulary.part(r.get("part")), r.get("group_a"), r.get("group_b"), themeName(theme),
                    Numbers.percent(a), Numbers.percent(b), how);
            f.add(new Finding("pairwise", theme, text, sig));
        }
        return strongestFirst(f, keys);
    }

    List<Finding> trend(CsvTable t) {
        double[] holm = holmWithin(t.rows(),
                r -> r.get("group_by") + "\u0000" + r.get("part") + "\u0000" + r.get("measure"), "p");
        List<Finding> f = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (int i = 0; i < holm.length; i++) {
            CsvTable.Row r = t.rows().get(i);
            String measure = r.get("measure");
            keys.add(r.number("p"));
            boolean share = Vocabulary.isShare(measure);
            double scale = share ? 100 : 1;
            String unit = share ? " percentage points" : "";
            double slope = r.number("slope");
            boolean sig = holm[i] < ALPHA;
            String theme = r.get("theme");
            String ci = Double.isNaN(r.number("lower")) ? "" : String.format(java.util.Locale.ROOT, "95%% CI %s to %s; ",
                    Numbers.sig(r.number("lower") * scale, 2), Numbers.sig(r.number("upper") * scale, 2));
            String text = sig
                    ? String.format(java.util.Locale.ROOT, "In %s, the %s of %s %s by %s%s a year over %s years (%s; %s%s, Holm).",
                    r.get("group"), Vocabulary.measure(measure), themeName(theme), slope > 0 ? "rose" : "fell",
                    Numbers.sig(Math.abs(slope) * scale, 2), unit, Numbers.sig(r.number("n_years"), 4),
                    Vocabulary.part(r.get("part")), ci, Numbers.p(holm[i]))
                    : String.format(java.util.Locale.ROOT, "In %s, the %s of %s shows no clear trend over %s years (%s; slope %s%s a year, %s%s, Holm).",
                    r.get("group"), Vocabulary.measure(measure), themeName(theme), Numbers.sig(r.number("n_years"), 4),
                    Vocabulary.part(r.get("part")), Numbers.sig(slope * scale, 2), unit, ci, Numbers.p(holm[i]));
            f.add(new Finding("trend", theme, r.get("group_by"), r.get("group"), text, sig));
        }
        return strongestFirst(f, keys);
    }

    /** Per group_by × part: the most different pair (and the most similar one when there are several). */
    List<Finding> jsd(CsvTable t) {
        Map<String, List<CsvTable.Row>> families = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            families.computeIfAbsent(r.get("group_by") + "\u0000" + r.get("part"), k -> new ArrayList<>()).add(r);
        }
        List<Finding> f = new ArrayList<>();
        for (List<CsvTable.Row> rows : families.values()) {
            List<CsvTable.Row> sorted = new ArrayList<>(rows);
            sorted.removeIf(r -> Double.isNaN(r.number("distance")));
            if (sorted.isEmpty()) {
                continue;
            }
            sorted.sort(Comparator.comparingDouble((CsvTable.Row r) -> -r.number("distance")));
            CsvTable.Row far = sorted.get(0);
            String text = String.format(java.util.Locale.ROOT,
                    "Most different theme mix among %s groups (%s): %s and %s, Jensen\u2013Shannon distance %s (0 = same mix, 1 = nothing in common).",
                    far.get("group_by"), Vocabulary.part(far.get("part")), far.get("group_a"), far.get("group_b"),
                    Numbers.fixed(far.number("distance"), 2));
            if (sorted.size() > 1) {
                CsvTable.Row near = sorted.get(sorted.size() - 1);
                text += String.format(java.util.Locale.ROOT, " Most similar: %s and %s (%s).", near.get("group_a"),
                        near.get("group_b"), Numbers.fixed(near.number("distance"), 2));
            }
            f.add(new Finding("jsd", "", text, false));
        }
        return f;
    }

    /** Spearman ρ below 0.7 between two measures means the ranking depends on how emphasis is measured. */
    List<Finding> robustness(CsvTable t) {
        List<Finding> f = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            double rho = r.number("spearman_rho");
            keys.add(rho);
            boolean weak = !(rho >= 0.7);
            String theme = r.get("theme");
            f.add(new Finding("robustness", theme, String.format(java.util.Locale.ROOT,
                    "Ranking %s groups by %s with the %s and with the %s %s (Spearman \u03c1 = %s, n = %s)%s",
                    r.get("group_by"), themeName(theme), Vocabulary.measure(r.get("measure_a")),
                    Vocabulary.measure(r.get("measure_b")), weak ? "gives different orders" : "gives nearly the same order",
                    Numbers.fixed(rho, 2), Numbers.sig(r.number("n"), 12),
                    weak ? ": read results for this theme with care." : "."), weak));
        }
        return strongestFirst(f, keys);
    }

    private static String units(double n) {
        return Numbers.sig(n, 12) + (n == 1 ? " unit" : " units");
    }

    private String themeName(String id) {
        ReportTheme t = themes.get(id);
        return t == null ? id : t.labelEn().toLowerCase(java.util.Locale.ROOT)
                + (t.labelZh().isEmpty() ? "" : " (" + t.labelZh() + ")");
    }

    private static double[] holmWithin(List<CsvTable.Row> rows, Function<CsvTable.Row, String> family, String column) {
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            families.computeIfAbsent(family.apply(rows.get(i)), k -> new ArrayList<>()).add(i);
        }
        double[] out = new double[rows.size()];
        for (List<Integer> idx : families.values()) {
            double[] p = idx.stream().mapToDouble(i -> rows.get(i).number(column)).toArray();
            double[] adj = Holm.adjust(p);
            for (int k = 0; k < idx.size(); k++) {
                out[idx.get(k)] = adj[k];
            }
        }
        return out;
    }

    /**
     * Notable findings first, each group ordered by {@code keys} ascending (smaller p, larger |residual|, weaker ρ);
     * ties and NaN keep table order.
     */
    private static List<Finding> strongestFirst(List<Finding> f, List<Double> keys) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !f.get(i).notable())
                .thenComparingDouble(i -> Double.isNaN(keys.get(i)) ? Double.POSITIVE_INFINITY : keys.get(i)));
        return order.stream().map(f::get).toList();
    }
}
