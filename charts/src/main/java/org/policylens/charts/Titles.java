package org.policylens.charts;

/**
 * Standard phrasing for titles that say what is measured and how it was normalised, in Chinese or English:
 * {@code 上海 2024：各主题句子占比（按主要主题；误差线为 95% Wilson 区间）}.
 */
public final class Titles {
    private Titles() {
    }

    /**
     * @param subject       what the chart is about (a document, "all cities"), may be empty
     * @param measure       what is measured ("share of sentences by primary theme")
     * @param normalisation how it was normalised or what the intervals are, may be empty
     */
    public static String title(Lang lang, String subject, String measure, String normalisation) {
        StringBuilder b = new StringBuilder();
        boolean zh = lang == Lang.ZH;
        if (subject != null && !subject.isBlank()) b.append(subject).append(zh ? "：" : ": ");
        b.append(measure);
        if (normalisation != null && !normalisation.isBlank()) {
            b.append(zh ? "（" : " (").append(normalisation).append(zh ? "）" : ")");
        }
        return b.toString();
    }

    /** "误差线为 95% Wilson 区间" / "whiskers: 95% Wilson interval". */
    public static String intervalNote(Lang lang, String method) {
        return lang == Lang.ZH ? "误差线为 95% " + method + " 区间" : "whiskers: 95% " + method + " interval";
    }

    /** "阴影为 95% bootstrap 区间" / "bands: 95% bootstrap interval". */
    public static String bandNote(Lang lang, String method) {
        return lang == Lang.ZH ? "阴影为 95% " + method + " 区间" : "bands: 95% " + method + " interval";
    }
}
