package org.policylens.analysis.output;

import org.policylens.charts.Lang;

import java.util.Map;

/**
 * How each measure of panel_long.csv / groups_long.csv is named on charts, in Chinese and English, with what its
 * interval is. One place, so chart titles and the report say the same thing.
 */
public record MeasureText(String zh, String en, String intervalMethod, boolean share) {
    private static final Map<String, MeasureText> KNOWN = Map.of(
            "units_primary", new MeasureText("按主要主题的句子数", "units by primary theme", "", false),
            "units_primary_share", new MeasureText("按主要主题的句子占比", "share of units by primary theme", "Wilson", true),
            "units_any", new MeasureText("提及该主题的句子数", "units mentioning the theme", "", false),
            "units_any_share", new MeasureText("提及该主题的句子占比", "share of units mentioning the theme", "Wilson", true),
            "char_share", new MeasureText("按主要主题的字符占比", "share of characters by primary theme", "bootstrap", true),
            "hits", new MeasureText("规则命中次数", "rule hits", "", false),
            "hits_per_10k_chars", new MeasureText("每万字规则命中次数", "rule hits per 10,000 characters", "", false),
            "hits_per_1k_words", new MeasureText("每千词规则命中次数", "rule hits per 1,000 words", "", false),
            "intensity", new MeasureText("强调词权重和", "sum of intensifier weights",
                    "bootstrap", false));

    /** The text for a measure id, with char_share and intensity intervals from the bootstrap; an unknown id is shown as itself. */
    public static MeasureText of(String measure) {
        MeasureText t = KNOWN.get(measure);
        return t != null ? t : new MeasureText(measure, measure, "", measure.endsWith("_share"));
    }

    /**
     * The text for a measure id when char_share and intensity intervals were computed with {@code ratioInterval}
     * ({@code analytic}: named "delta-method" on charts; {@code bootstrap}).
     */
    public static MeasureText of(String measure, String ratioInterval) {
        MeasureText t = of(measure);
        if (!t.intervalMethod().equals("bootstrap") || !"analytic".equals(ratioInterval)) return t;
        return new MeasureText(t.zh(), t.en(), "delta-method", t.share());
    }

    public String name(Lang lang) {
        return lang.pick(zh, en);
    }

    public boolean hasInterval() {
        return !intervalMethod.isEmpty();
    }

    /** Part labels: all 全文, review 回顾, plan 计划. */
    public static String part(String part, Lang lang) {
        return switch (part) {
            case "all" -> lang.pick("全文", "whole report");
            case "review" -> lang.pick("回顾", "review");
            case "plan" -> lang.pick("计划", "plan");
            default -> part;
        };
    }

    /** Group variable labels for the sample manifest's columns; others are shown as they are. */
    public static String groupVar(String var, Lang lang) {
        return switch (var) {
            case "city" -> lang.pick("城市", "city");
            case "year" -> lang.pick("年份", "year");
            case "province" -> lang.pick("省份", "province");
            case "level" -> lang.pick("行政级别", "level");
            default -> var;
        };
    }
}
