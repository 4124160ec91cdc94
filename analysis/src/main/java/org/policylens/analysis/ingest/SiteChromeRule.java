package org.policylens.analysis.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Web-page chrome captured with a report: toolbars (下载 打印 全屏 收藏, 【字号：加大 还原 减小】, 【字体：大 中 小】
 * 分享), bylines (来源：, 时间：, 责任编辑：, publication stamps), buttons and links (回到顶部, 扫一扫在手机打开当前页,
 * 打印本页 关闭窗口, 电脑桌面 shortcuts) and lists of related articles (相关链接>>, 相关报道：, hex-id entries).
 *
 * <p>Site families seen on unseen reports (round 16) are covered in general form: breadcrumbs (a 当前位置：/您的位置:
 * label, a one-line trail 首页 > 频道 > 频道, or one crumb a line: 首页, &gt;, channel names, the channel name once
 * more as the page heading), page counters (阅读量：, 浏览次数：), 发表时间：, share buttons (分享:, 分享到微信),
 * topic links (》》点击图片进入专题《《), lone separators and close buttons (|, &gt;, ×) inside a run of chrome, and
 * staff bylines of names only (编辑：何继红, 责任编辑：张三 李四).
 *
 * <p>Whole lines only. Lines of bare toolbar words (大, 中, 小, 打印, ...) and separators are removed only inside a
 * run of chrome lines, never alone, so a report line is not lost to a coincidence. A channel name (any short line)
 * is removed only between breadcrumb separators after 首页. Rule ids: {@code site-chrome}, {@code related-list}.
 */
final class SiteChromeRule implements CleaningRule {

    static final String CHROME = "site-chrome";
    static final String RELATED = "related-list";

    /** One to four names of people (a name may be split by a space: 林 君), as in a byline. */
    private static final String NAMES = "[\\p{IsHan}·]{1,8}([\\s、，,]+[\\p{IsHan}·]{1,8}){0,3}";
    /** Where a share button shares to (分享到微信, 分享: 微博 QQ空间). */
    private static final String SHARE_TARGETS = "微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|今日头条|抖音|钉钉";
    /** A link to a topic page: 》》点击图片进入专题《《. */
    private static final String TOPIC_LINK = "点击[^。！？；，]{0,12}(进入|查看|浏览)[^。！？；，]{0,12}?\\s*[《<]{0,3}";
    /** Chrome lines opening with one of {@link #STRONG_FIRST}. */
    private static final Pattern STRONG = Pattern.compile(String.join("|",
            "电脑桌面", "添加.{1,30}到电脑桌面", "安装后.{0,10}桌面.{0,10}访问",
            "确认删除[?？]?", "[回返]到?顶部", "搜索资料", "我的下载", "会员中心", "在线客服",
            "扫一扫在手机(上)?打开(当前|本)页", "(打印本页|关闭窗口)(\\s*(打印本页|关闭窗口))?",
            "【?字[号体][:：].*", "来源[:：].{0,30}", "(发布|发表)?时间[:：].{0,30}", "责任编辑[:：].{0,20}",
            "责编[:：]\\s*" + NAMES,
            "[》>]{1,3}\\s*" + TOPIC_LINK, "(版权所有|Copyright|©).{0,80}"));
    /** Chrome lines opening with a digit: publication stamps. */
    private static final Pattern STAMP = Pattern.compile(
            "\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}[时:：]\\d{1,2}分?"
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** Chrome lines opening with one of {@link #STRONG_PAIRS}. */
    private static final Pattern PAIRED = Pattern.compile(String.join("|",
            "(当前|您的|所在)位置[:：].{0,80}", "首页\\s*(>|＞|›|»)+\\s*\\S.{0,80}", "更新时间[:：].{0,30}",
            "(阅读|浏览|点击|访问)(量|数|次数)[:：]?\\s*[0-9]{0,9}(次|人次)?",
            "分享(到[:：]?|[:：])\\s*(" + SHARE_TARGETS + ")?([\\s,，、]+(" + SHARE_TARGETS + "))*", TOPIC_LINK,
            "(编辑|作者|审核|校对|监制|主编|摄影|通讯员|记者)[:：]\\s*" + NAMES));
    /** First characters of the {@link #STRONG} patterns: most lines are skipped without a regex. */
    private static final String STRONG_FIRST = "电添安确回返搜我会在扫打关【字来发时责版C©》>";
    /**
     * First two characters of the {@link #PAIRED} patterns, as pairs: their first characters (当 所 主 通 更 …) open
     * many report lines, so the second one must match too before the regex runs.
     */
    private static final String STRONG_PAIRS = "当前您的所在首页更新阅读浏览点击访问分享编辑作者审核校对监制主编摄影通讯记者";
    private static final Pattern RELATED_HEAD = Pattern.compile(
            "相关(附件|链接|报道|阅读|新闻|文章|稿件|文档)\\s*(>>|》》|[:：])?");
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{24,64}[:：]?");
    private static final Pattern LABEL_ONLY = Pattern.compile("(来源|责任编辑|编辑|作者)[:：]");
    /** A line of brackets, separators or a close button only (【, 】, |, >, ×): chrome inside a run of chrome. */
    private static final Pattern BRACKETS = Pattern.compile("[【】\\[\\]|｜>＞›»×]+");
    /** A breadcrumb separator alone on its line. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("(>|＞|›|»)+");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s【】\\[\\]|｜:：]+");
    private static final Set<String> TOOLBAR = Set.of("下载", "打印", "全屏", "收藏", "字号", "字体", "加大", "还原",
            "减小", "大", "中", "小", "分享", "打印本页", "关闭窗口", "默认", "返回", "登录", "注册", "首页");

    /*
     * One small method per line and pass, the rare paths (a regex, a neighbour search) in methods of their own: as
     * one method with three line loops, a cold JVM compiled apply four times with C2 (two on-stack-replacement
     * entries, and a recompile after an uncommon trap in the inlined neighbour search), 1.1 s of compiler time.
     */
    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        int n = lines.count();
        boolean[] strong = new boolean[n];
        boolean[] weak = new boolean[n];
        for (int i = 0; i < n; i++) mark(r, lines, i, strong, weak);
        for (int i = 0; i < n; i++) if (strong[i] || weak[i]) removeMarked(r, lines, i, strong, weak);
        for (int i = 0; i < n; i++) if ((strong[i] || weak[i]) && r.lineRemoved(i)) i = breadcrumb(r, lines, i);
        for (int i = 0; i < n; i++) i = related(r, lines, i);
    }

    /** Whether {@code a b} open one of the {@link #STRONG_PAIRS}. */
    private static boolean pair(char a, char b) {
        for (int k = STRONG_PAIRS.indexOf(a); k >= 0; k = STRONG_PAIRS.indexOf(a, k + 1)) {
            if (k % 2 == 0 && STRONG_PAIRS.charAt(k + 1) == b) return true;
        }
        return false;
    }

    /**
     * Pass 3: a breadcrumb of one crumb a line, from a removed 首页 or 当前位置： line {@code i}: each separator line
     * ({@code >}) and the channel name after it (a short line without punctuation), and the last channel name once
     * more right after the trail (the channel's page heading). Returns the last line removed ({@code i} if none).
     */
    private static int breadcrumb(Removals r, TextLines lines, int i) {
        char first = lines.text().charAt(lines.start(i));
        if (first != '首' && first != '当' && first != '您' && first != '所') return i;
        String label = lines.content(i);
        if (!label.equals("首页") && !label.endsWith("位置:") && !label.endsWith("位置：")) return i;
        int last = i;
        String channel = null;
        for (int j = nextNonBlank(lines, i); j >= 0 && CRUMB_SEPARATOR.matcher(lines.content(j)).matches(); ) {
            int k = nextNonBlank(lines, j);
            if (k < 0 || !crumb(lines, k)) break;
            r.removeLine(j, CHROME);
            r.removeLine(k, CHROME);
            channel = lines.content(k);
            last = k;
            j = nextNonBlank(lines, k);
        }
        int k = nextNonBlank(lines, last);
        if (channel != null && k >= 0 && lines.content(k).equals(channel)) {
            r.removeLine(k, CHROME);
            last = k;
        }
        return last;
    }

    /** A channel name: short, no punctuation that a sentence or a title would carry. */
    private static boolean crumb(TextLines lines, int k) {
        if (lines.length(k) > 20) return false;
        String text = lines.text();
        for (int c = lines.start(k); c < lines.end(k); c++) {
            if ("。！？；，、：:,;!?“”>＞›»".indexOf(text.charAt(c)) >= 0) return false;
        }
        return true;
    }

    /** Pass 1: whether line {@code i} is strong chrome (a {@link #STRONG} line) or weak (toolbar words only). */
    private static void mark(Removals r, TextLines lines, int i, boolean[] strong, boolean[] weak) {
        if (!r.live(i) || lines.length(i) > 120) return;
        String text = lines.text();
        char first = text.charAt(lines.start(i));
        byte start = START[first];
        Pattern chrome = start == STRONG_START ? STRONG : start == DIGIT_START ? STAMP
                : start == PAIR_START && lines.length(i) >= 2 && pair(first, text.charAt(lines.start(i) + 1)) ? PAIRED
                : null;
        boolean weakCandidate = lines.length(i) <= 40 && toolbarChars(text, lines.start(i), lines.end(i));
        if (chrome == null && !weakCandidate) return; // most lines: no substring, no regex
        markCandidate(lines, i, chrome, weakCandidate, strong, weak);
    }

    private static void markCandidate(TextLines lines, int i, Pattern chrome, boolean weakCandidate,
                                      boolean[] strong, boolean[] weak) {
        String line = lines.content(i);
        strong[i] = chrome != null && chrome.matcher(line).matches();
        weak[i] = !strong[i] && weakCandidate && toolbar(line);
    }

    /** Pass 2: removes a strong line (and a label's value line), or a weak line next to chrome or of 3+ tokens. */
    private static void removeMarked(Removals r, TextLines lines, int i, boolean[] strong, boolean[] weak) {
        if (strong[i]) {
            r.removeLine(i, CHROME);
            if (LABEL_ONLY.matcher(lines.content(i)).matches()) removeValueLine(r, i);
        } else if (weak[i] && (neighbourChrome(r, strong, weak, i) || tokens(lines.content(i)) >= 3)) {
            r.removeLine(i, CHROME);
        }
    }

    /** Pass 3: a related-articles list starting at line {@code i}; returns its last line ({@code i} if none). */
    private static int related(Removals r, TextLines lines, int i) {
        if (lines.blank(i) || lines.length(i) > 80) return i;
        char first = lines.text().charAt(lines.start(i));
        if (first != '相' && !(first >= '0' && first <= '9' || first >= 'a' && first <= 'f')) return i;
        return relatedCandidate(r, lines, i);
    }

    private static int relatedCandidate(Removals r, TextLines lines, int i) {
        String line = lines.content(i);
        if (RELATED_HEAD.matcher(line).matches() || HEX_ID.matcher(line).matches()) return removeRelatedList(r, i);
        return i;
    }

    /** {@code 来源：} alone on a line: its value is on the next line. */
    private static void removeValueLine(Removals r, int i) {
        TextLines lines = r.lines();
        int j = nextNonBlank(lines, i);
        if (j >= 0 && r.live(j) && lines.length(j) <= 20 && !endsSentence(lines, j)) r.removeLine(j, CHROME);
    }

    /** A related-articles header or hex id and the short title lines that follow it. Returns the last line. */
    private static int removeRelatedList(Removals r, int i) {
        TextLines lines = r.lines();
        r.removeLine(i, RELATED);
        int last = i;
        for (int j = i + 1; j < lines.count(); j++) {
            if (lines.blank(j)) continue;
            String line = lines.content(j);
            boolean entry = HEX_ID.matcher(line).matches() || RELATED_HEAD.matcher(line).matches()
                    || r.lineRemoved(j)
                    || (lines.length(j) <= 60 && !endsSentence(lines, j) && previousIsHexId(lines, j));
            if (!entry) break;
            r.removeLine(j, RELATED);
            last = j;
        }
        return last;
    }

    private static boolean previousIsHexId(TextLines lines, int j) {
        int p = j - 1;
        while (p >= 0 && lines.blank(p)) p--;
        return p >= 0 && HEX_ID.matcher(lines.content(p)).matches();
    }

    private static boolean neighbourChrome(Removals r, boolean[] strong, boolean[] weak, int i) {
        TextLines lines = r.lines();
        int p = previousNonBlank(lines, i);
        int q = nextNonBlank(lines, i);
        return (p >= 0 && (strong[p] || weak[p] || r.lineRemoved(p))) || (q >= 0 && (strong[q] || weak[q]));
    }

    /**
     * The last non-blank line before {@code i}, or -1. Counts up (line {@code i - k}): the JIT's counted-loop limit
     * check failed on the downward loop, and each failure recompiled the whole of {@link #apply}.
     */
    static int previousNonBlank(TextLines lines, int i) {
        for (int k = 1; k <= i; k++) if (!lines.blank(i - k)) return i - k;
        return -1;
    }

    /** Characters of {@link #TOOLBAR} words, brackets and token separators: all a toolbar line can hold. */
    private static final boolean[] TOOLBAR_CHAR = new boolean[65536];
    /** How a line's first character opens a {@link #STRONG} line: one lookup per line, no string searches. */
    private static final byte[] START = new byte[65536];
    private static final byte STRONG_START = 1;
    private static final byte PAIR_START = 2;
    private static final byte DIGIT_START = 3;

    static {
        for (int k = 0; k < STRONG_PAIRS.length(); k += 2) START[STRONG_PAIRS.charAt(k)] = PAIR_START;
        for (char c : STRONG_FIRST.toCharArray()) START[c] = STRONG_START;
        for (int c = 0; c < 65536; c++) if (Character.isDigit((char) c)) START[c] = DIGIT_START;
    }

    static {
        for (String w : TOOLBAR) for (char c : w.toCharArray()) TOOLBAR_CHAR[c] = true;
        for (char c : "【】[]|｜:：>＞›»×".toCharArray()) TOOLBAR_CHAR[c] = true;
    }

    /** False when a character of {@code [from, to)} cannot occur in a {@link #toolbar} line (a quick pre-check). */
    private static boolean toolbarChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!TOOLBAR_CHAR[c] && !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static boolean toolbar(String line) {
        if (BRACKETS.matcher(line.strip()).matches()) return true;
        String[] tokens = TOKEN_SPLIT.split(line.strip());
        int count = 0;
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            if (!TOOLBAR.contains(t)) return false;
            count++;
        }
        return count > 0;
    }

    private static int tokens(String line) {
        int count = 0;
        for (String t : TOKEN_SPLIT.split(line.strip())) if (!t.isEmpty()) count++;
        return count;
    }

    static int nextNonBlank(TextLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) if (!lines.blank(j)) return j;
        return -1;
    }

    static boolean endsSentence(TextLines lines, int line) {
        if (lines.blank(line)) return false;
        char c = lines.text().charAt(lines.end(line) - 1);
        return "。！？!?；;".indexOf(c) >= 0 || c == '”' && lines.length(line) > 1
                && "。！？!?".indexOf(lines.text().charAt(lines.end(line) - 2)) >= 0;
    }
}
