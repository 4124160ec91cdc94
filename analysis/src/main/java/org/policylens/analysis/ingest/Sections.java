package org.policylens.analysis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tracks the heading hierarchy (一、 &gt; （一） &gt; 1. &gt; （1） &gt; ①) and the part of the report
 * (review of past work, plan for the coming period, other) while units are produced in order.
 *
 * <p>The part changes at level-1 headings: 回顾/今年以来/一年来/过去/成绩/成就/开展情况/上半年 mean {@link Part#REVIEW};
 * 安排/任务/目标/重点工作/要求/取向/建议/主要考虑/下半年/今年/规划/纲要/“十五五” mean {@link Part#PLAN} (回顾 wins over
 * both). A level-1 heading with neither is read from the first 60 characters that follow it
 * (一年来 / “十五五”时期是…), and otherwise keeps the current part. Appendix titles (附件, 名词解释, 注释, 附录) start an {@link Part#OTHER} section.
 */
final class Sections {

    private static final Pattern STRONG_REVIEW = Pattern.compile("回顾|今年以来|一年来|五年来|过去一年|过去五年|(?i)review");
    private static final Pattern PLAN = Pattern.compile(
            "安排|任务|目标|重点工作|总体要求|政策取向|建议|主要考虑|下半年|今年|明年|十五五|展望|部署|规划|纲要"
                    + "|(?i)tasks|plans?\\b|priorities|this year|next year");
    private static final Pattern REVIEW = Pattern.compile("过去|成绩|成就|开展情况|上半年|主要工作|(?i)achievements|past year");
    private static final Pattern APPENDIX = Pattern.compile("^(附件|附录|附表|名词解释|注释|说明)");
    private static final int LEVELS = 6;

    private final String[] path = new String[LEVELS];
    private Part part = Part.OTHER;
    private boolean body;
    private List<String> cached;

    /** The document title again (after a table of contents): the text proper starts, nothing is open. */
    void restart() {
        cached = null;
        java.util.Arrays.fill(path, null);
        part = Part.OTHER;
        body = false;
    }

    /** A heading of {@code level} ({@code 1..5}, or {@code 0} for a title line) titled {@code title}. */
    void heading(int level, String title, CharSequence following) {
        cached = null;
        if (level <= 0) {
            if (body && APPENDIX.matcher(title).find()) {
                java.util.Arrays.fill(path, null);
                path[0] = title;
                part = Part.OTHER;
            }
            return;
        }
        body = true;
        path[level] = title;
        for (int l = level + 1; l < LEVELS; l++) path[l] = null;
        if (level == 1) {
            path[0] = null;
            Part p = partOf(title);
            if (p == null) p = partOf(following.subSequence(0, Math.min(following.length(), 60)));
            if (p != null) part = p;
        }
    }

    static Part partOf(CharSequence text) {
        if (STRONG_REVIEW.matcher(text).find()) return Part.REVIEW;
        if (PLAN.matcher(text).find()) return Part.PLAN;
        if (REVIEW.matcher(text).find()) return Part.REVIEW;
        return null;
    }

    /** The current heading path (an immutable list, shared until the path changes). */
    List<String> path() {
        if (cached == null) {
            List<String> out = new ArrayList<>(LEVELS);
            for (String s : path) if (s != null) out.add(s);
            cached = List.copyOf(out);
        }
        return cached;
    }

    Part part() {
        return part;
    }
}
