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
 *
 * <p>Two layouts seen on unseen reports (round 16):
 * <ul>
 * <li>Part headings without a number (“十四五”时期工作回顾, “十五五”时期主要目标和2026年重点工作): a title line
 * after the report text has begun, at most {@link #PART_TITLE_MAX} characters, that names the period it covers
 * (2025年, “十四五”, 今年, 过去五年 …) and ends in a part noun ({@link #PART_TITLE}: 回顾, 成就, 目标任务, 主要任务,
 * 重点工作, 工作安排, 主要工作 …) is read as a level-1 heading ({@link #namesPart}). Title-block lines end in 报告
 * and come before any sentence, so they never qualify.</li>
 * <li>A level-1 heading whose only part word is a weak review word (主要工作, 成绩, 开展情况 …: “三、2026年主要工作”)
 * is {@link Part#PLAN} when the text after it opens like a plan (今年是… / 今年政府工作… / 今年经济社会发展…) or
 * when it names a year not before the report's year (the year of the first date in the title block, the day the
 * report was delivered: a 2026 report reviews 2025 and plans 2026). 上半年 (a mid-year report reviewing its own
 * year) is never read as plan by the year.</li>
 * </ul>
 */
final class Sections {

    private static final Pattern STRONG_REVIEW = Pattern.compile("回顾|今年以来|一年来|五年来|过去一年|过去五年|(?i)review");
    private static final Pattern PLAN = Pattern.compile(
            "安排|任务|目标|重点工作|总体要求|政策取向|建议|主要考虑|下半年|今年|明年|十五五|展望|部署|规划|纲要"
                    + "|(?i)tasks|plans?\\b|priorities|this year|next year");
    private static final Pattern REVIEW = Pattern.compile("过去|成绩|成就|开展情况|上半年|主要工作|(?i)achievements|past year");
    private static final Pattern APPENDIX = Pattern.compile("^(附件|附录|附表|名词解释|注释|说明)");
    /** An unnumbered title line that names a part ends in one of these. */
    private static final Pattern PART_TITLE = Pattern.compile(
            "(回顾|成就|目标任务|主要任务|重点任务|工作任务|工作安排|重点工作|主要工作|主要目标|总体要求|政策取向)$");
    /** Text after a heading that opens like this year's plan. */
    private static final Pattern PLAN_OPENING = Pattern.compile("[\\s\\u3000\\uFFFF]*今年(是|政府工作|经济社会发展|工作|我们将|我们要|要)");
    /** A date (the title block's meeting date) or a year in a heading. */
    private static final Pattern DATE = Pattern.compile("((?:19|20)[0-9]{2})年[0-9]{1,2}月");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    /** An unnumbered part heading names the period it covers. */
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}年|十[一二三四五六七八九]五|今年|明年|过去|今后|[一五]年");
    /** Unnumbered part headings are at most this long. */
    private static final int PART_TITLE_MAX = 24;
    private static final int LEVELS = 6;

    private final String[] path = new String[LEVELS];
    private Part part = Part.OTHER;
    private boolean body;
    /** The year of the first date in the title block (0: none yet). */
    private int reportYear;
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
            if (!body && reportYear == 0) reportYear = year(DATE, title);
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
            if (p == Part.REVIEW && weakReviewIsPlan(title, following)) p = Part.PLAN;
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

    /**
     * A heading read as review only for a weak word (主要工作 …) that is a plan: the text after it opens like a
     * plan, or it names a year not before the report's year (not for 上半年).
     */
    private boolean weakReviewIsPlan(String title, CharSequence following) {
        if (STRONG_REVIEW.matcher(title).find()) return false;
        if (PLAN_OPENING.matcher(following).lookingAt()) return true;
        int year = year(YEAR, title);
        return reportYear > 0 && year >= reportYear && !title.contains("上半年");
    }

    /** Whether an unnumbered title line names a part of the report (“十四五”时期工作回顾, 2026年重点工作). */
    static boolean namesPart(String title) {
        return title.length() <= PART_TITLE_MAX && PART_TITLE.matcher(title).find() && PERIOD.matcher(title).find()
                && partOf(title) != null;
    }

    private static int year(Pattern p, CharSequence text) {
        java.util.regex.Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
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
