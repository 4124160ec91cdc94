package org.policylens.analysis.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newspaper noise that can sit inside a line (reports captured from a newspaper page, sometimes with no line
 * breaks at all): continuation markers (下转第四版, 下转7版, （上接第4版）, （紧接第一版）), photo captions
 * (…本报记者 戴冰摄) and source notes (（来源：解放日报）). Bare markers must stand apart (white space or line
 * ends around them) so that words in a sentence are never cut. Rule ids {@code newspaper-continuation},
 * {@code photo-caption}, {@code source-note}.
 *
 * <p>A caption line is a line (at most 120 characters) that ends with the photographer's byline: the caption
 * sentence and the byline go together (王正谱作政府工作报告。本报记者 霍艳恩摄). The byline may name the paper or
 * app (湖南日报全媒体记者 刘尚文 摄, 石榴云/新疆日报记者谢龙摄, 贵州日报天眼新闻记者 李森 摄: a name ending in 报, 社,
 * 台, 网, 云, 新闻, 媒体 or 客户端). Without 摄 a byline needs all three of: a paper's name of a narrower kind (…日报,
 * …晚报, 本报, 新华社, …新闻, …客户端, 全媒体), a sentence end or the line start before it, and a space before the
 * reporter's name (…。新甘肃·甘肃日报记者 盛学卿), so that a report line about journalists (加强新闻记者队伍建设,
 * 支持省报记者 深入基层) never qualifies.
 *
 * <p>A photo caption without a byline: a line of at most {@link #BARE_CAPTION_MAX} characters ending in
 * 作政府工作报告 (。) that comes before the first 各位代表 and does not speak in the first person (no 我): 张工作政府工作报告。,
 * 省长赵刚作政府工作报告. The report itself is that 政府工作报告 and never says so of its speaker in the third person.
 */
final class InlineNoiseRule implements CleaningRule {

    static final String CONTINUATION = "newspaper-continuation";
    static final String CAPTION = "photo-caption";
    static final String SOURCE = "source-note";

    private static final String PAGE = "第?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版";
    private static final Pattern CONTINUATION_MARK = Pattern.compile(
            "[（(]\\s*(?:上接|下转|紧接|接|转|续)" + PAGE + "\\s*[）)]"
                    + "|(?<![^\\s\\u3000。！？；])(?:下转|上接|紧接|转|续)" + PAGE + "(?=[\\s\\u3000（(]|$)",
            Pattern.MULTILINE);
    /** A paper, agency or app before 记者: 本报, 新华社, 湖南日报全媒体, 石榴云/新疆日报, 贵州日报天眼新闻. */
    private static final String MEDIA = "[\\p{IsHan}·/／]{0,12}?(?:报|社|台|网|云|新闻|媒体|客户端)(?:特约|首席)?";
    /** A paper or app by its kind of name (甘肃日报, 本报, 新华社, 全媒体): a byline without 摄 needs one. */
    private static final String PAPER = "[\\p{IsHan}·/／]{0,12}?(?:日报|晚报|本报|通讯社|新华社|电视台|新闻|客户端|全媒体|融媒体)";
    /** The reporters' names: 戴冰, 林 君 (a name split by a space), 张三、李四. */
    private static final String NAMES = "[\\p{IsHan}·]{1,8}(?:[\\s\\u3000、]+[\\p{IsHan}·]{1,8}){0,3}";
    /** A caption line ends with the photographer: 本报记者 戴冰摄, 新华社记者 张三 摄, or with a paper's byline. */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "(?:^|[\\s\\u3000。！？])(?:" + MEDIA + ")?(?:特约)?(?:摄影)?(?:记者|通讯员)\\s*" + NAMES + "\\s*摄(?:影)?"
                    + "|(?:^|[。！？])[\\s\\u3000]*" + PAPER + "(?:记者|通讯员)[\\s\\u3000]+" + NAMES);
    private static final Pattern CAPTION_INLINE = Pattern.compile(
            "(?<=^|[\\s\\u3000])[^\\s\\u3000]{0,60}本报记者\\s?[\\p{IsHan}·]{2,5}\\s?摄(?=[\\s\\u3000]|$)",
            Pattern.MULTILINE);
    private static final Pattern SOURCE_NOTE = Pattern.compile("[（(]\\s*来源[:：][^）)\\n]{1,30}[）)]");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        String text = lines.text();
        Matcher caption = CAPTION_LINE.matcher(text);
        captionLines(r, caption, '摄', '\0');
        captionLines(r, caption, '记', '者');
        bareCaptions(r);
        findAround(r, '版', 16, 4, CONTINUATION_MARK, CONTINUATION);
        findAround(r, '摄', 75, 1, CAPTION_INLINE, CAPTION);
        findAround(r, '源', 4, 36, SOURCE_NOTE, SOURCE);
    }

    private static final int BARE_CAPTION_MAX = 60;
    private static final String DELIVERS = "作政府工作报告";

    /** Caption lines without a byline (NAME作政府工作报告。) before the opening address. */
    private static void bareCaptions(Removals r) {
        TextLines lines = r.lines();
        String text = lines.text();
        int opening = text.indexOf("各位代表"); // near the start: the scans stop there
        for (int at = text.indexOf('作'); at >= 0 && at < opening; at = text.indexOf('作', at + 1)) {
            if (!text.startsWith(DELIVERS, at)) continue;
            int i = lines.lineAt(at);
            if (!r.live(i) || lines.length(i) > BARE_CAPTION_MAX) continue;
            int end = at + DELIVERS.length();
            if (end < lines.end(i) && text.charAt(end) == '。') end++;
            if (end == lines.end(i) && text.lastIndexOf('我', end) < lines.start(i)) r.removeLine(i, CAPTION);
        }
    }

    /**
     * Caption lines holding {@code key} (摄 of the photographer), or {@code key} then {@code next} (记者): only those
     * lines meet the regex. A scan for one char, the second checked by hand: {@code indexOf("记者")} cost the rule
     * twice its time.
     */
    private static void captionLines(Removals r, Matcher caption, char key, char next) {
        TextLines lines = r.lines();
        String text = lines.text();
        int lastLine = -1;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            if (next != '\0' && (at + 1 == text.length() || text.charAt(at + 1) != next)) continue;
            int i = lines.lineAt(at);
            if (i == lastLine || !r.live(i) || lines.length(i) > 120) continue;
            lastLine = i;
            caption.region(lines.start(i), lines.end(i));
            while (caption.find()) {
                if (caption.end() == lines.end(i)) {
                    r.removeLine(i, CAPTION);
                    break;
                }
            }
        }
    }

    /**
     * Runs {@code p} only near each occurrence of {@code key} ({@code before}/{@code after} chars around it),
     * so the rule costs one fast scan of the text.
     */
    private static void findAround(Removals r, char key, int before, int after, Pattern p, String rule) {
        String text = r.lines().text();
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int from = Math.max(done, at - before);
            int to = Math.min(text.length(), at + after);
            if (from >= to) continue;
            m.region(from, to);
            while (m.find()) {
                r.add(m.start(), m.end(), rule);
                done = Math.max(done, m.end());
            }
        }
    }
}
