package org.policylens.analysis.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newspaper noise that can sit inside a line (reports captured from a newspaper page, sometimes with no line
 * breaks at all): continuation markers (下转第四版, 下转7版, （上接第4版）, （紧接第一版）), photo captions
 * (…本报记者 戴冰摄) and source notes (（来源：解放日报）). Bare markers must stand apart (white space or line
 * ends around them) so that words in a sentence are never cut. Rule ids {@code newspaper-continuation},
 * {@code photo-caption}, {@code source-note}.
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
    /** A caption line ends with the photographer: 本报记者 戴冰摄, 新华社记者 张三 摄. */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "(?:^|[\\s\\u3000。！？]|本报|新华社)(?:特约)?(?:记者|通讯员)\\s*[\\p{IsHan}·]{2,4}"
                    + "(?:[\\s\\u3000、]+[\\p{IsHan}·]{2,4})*\\s*摄(?:影)?");
    private static final Pattern CAPTION_INLINE = Pattern.compile(
            "(?<=^|[\\s\\u3000])[^\\s\\u3000]{0,60}本报记者\\s?[\\p{IsHan}·]{2,5}\\s?摄(?=[\\s\\u3000]|$)",
            Pattern.MULTILINE);
    private static final Pattern SOURCE_NOTE = Pattern.compile("[（(]\\s*来源[:：][^）)\\n]{1,30}[）)]");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        String text = lines.text();
        Matcher caption = CAPTION_LINE.matcher(text);
        int lastLine = -1;
        for (int at = text.indexOf('摄'); at >= 0; at = text.indexOf('摄', at + 1)) {
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
        findAround(r, '版', 16, 4, CONTINUATION_MARK, CONTINUATION);
        findAround(r, '摄', 75, 1, CAPTION_INLINE, CAPTION);
        findAround(r, '源', 4, 36, SOURCE_NOTE, SOURCE);
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
