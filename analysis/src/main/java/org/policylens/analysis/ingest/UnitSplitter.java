package org.policylens.analysis.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cleaned, folded text of a document into {@link Unit}s: paragraphs and heading lines from
 * {@link Layout}, sentences from {@link SentenceSplitter} (Chinese) or {@link EnglishSentences} (English),
 * section path and part from {@link Sections}. Closing words (a final paragraph opening with 各位代表 after
 * the last heading) belong to no section and to {@link Part#OTHER}. A title line without a marker that names a
 * part (“十四五”时期工作回顾, see {@link Sections}) after the first sentence is a level-1 heading.
 */
final class UnitSplitter {

    private static final int LOOKAHEAD = 300;

    private final String docId;
    private final String original;
    private final char[] folded;
    private final boolean english;
    private final Sections sections = new Sections();
    private final NormBuilder norms = new NormBuilder();
    private final List<Unit> units = new ArrayList<>();
    private final List<Integer> paragraphStarts = new ArrayList<>();
    private final Spans spans = new Spans();
    private int lastHeadingUnit = -1;
    /** Whether a sentence unit has been made: the report text has begun (the title block is over). */
    private boolean sawSentence;

    private UnitSplitter(String docId, String original, char[] folded, Language language) {
        this.docId = docId;
        this.original = original;
        this.folded = folded;
        this.english = language == Language.ENGLISH;
    }

    static List<Unit> split(String docId, String original, char[] folded, Language language) {
        UnitSplitter s = new UnitSplitter(docId, original, folded, language);
        s.run();
        return s.closingToOther();
    }

    private void run() {
        for (Layout.Paragraph p : Layout.paragraphs(folded, !english)) {
            int first = units.size();
            int number = paragraphStarts.size();
            if (p.heading()) {
                headingLine(p, number);
            } else if (english) {
                EnglishSentences.split(folded, p.start(), p.end(), (s, e) -> sentence(number, s, e));
            } else {
                chineseParagraph(p, number, first);
            }
            if (units.size() > first) paragraphStarts.add(first);
        }
    }

    /*
     * JIT: the splitter only collects the spans, and the units are made here, in a loop over them. With a lambda
     * as the splitter's sink, the unit code (normalising, sections, Unit) was compiled up to three times per cold
     * run, inlined into each per-sentence frame that C2 compiled on its own: the lambda body, its generated class's
     * method and SentenceSplitter.split (30-110 KB of code in all).
     */

    /** The units of a paragraph of sentences (Chinese); its first sentence is a run-in heading at a marker. */
    private void chineseParagraph(Layout.Paragraph p, int number, int first) {
        Spans spans = this.spans;
        spans.clear();
        SentenceSplitter.split(folded, p.start(), p.end(), spans);
        int level = p.level();
        for (int k = 0, n = spans.count(); k < n; k++) {
            int s = spans.start(k);
            int e = spans.end(k);
            if (units.size() == first && level >= 1) runInHeading(number, level, s, e);
            else sentence(number, s, e);
        }
    }

    /** Sentence spans of one paragraph, in order (reused). */
    static final class Spans implements SentenceSplitter.Sink {
        private int[] bounds = new int[64];
        private int count;

        @Override
        public void sentence(int start, int end) {
            int i = 2 * count;
            if (i + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, 2 * bounds.length);
            bounds[i] = start;
            bounds[i + 1] = end;
            count++;
        }

        void clear() {
            count = 0;
        }

        int count() {
            return count;
        }

        int start(int k) {
            return bounds[2 * k];
        }

        int end(int k) {
            return bounds[2 * k + 1];
        }
    }

    private void headingLine(Layout.Paragraph p, int number) {
        NormBuilder.Norm norm = norms.norm(folded, p.start(), p.end(), english);
        if (!NormBuilder.hasLetter(norm.text())) return;
        int level = english ? 1 : Math.max(0, p.level());
        if (!english && p.level() == Headings.NONE && sawSentence && Sections.namesPart(norm.text())) level = 1;
        if (!units.isEmpty() && units.get(0).heading() && units.get(0).norm().equals(norm.text())) sections.restart();
        else sections.heading(level, norm.text(), following(p.end()));
        add(number, true, p.start(), p.end(), norm);
        if (level >= 1) lastHeadingUnit = units.size() - 1;
    }

    /** The first sentence of a paragraph opening with a marker: （一）经济增长进一步加快。 */
    private void runInHeading(int number, int level, int s, int e) {
        NormBuilder.Norm norm = norms.norm(folded, s, e, false);
        if (!NormBuilder.hasLetter(norm.text())) return;
        sections.heading(level, title(norm.text()), following(e));
        add(number, true, s, e, norm);
        lastHeadingUnit = units.size() - 1;
    }

    private void sentence(int paragraph, int s, int e) {
        NormBuilder.Norm norm = norms.norm(folded, s, e, english);
        if (NormBuilder.hasLetter(norm.text())) add(paragraph, false, s, e, norm);
    }

    private void add(int paragraph, boolean heading, int s, int e, NormBuilder.Norm norm) {
        String n = norm.text();
        // Most units need no normalising: then the original slice is the normalised text, one string for both.
        if (!heading) sawSentence = true;
        String text = norms.equalsOriginal(norm, original, s, e) ? n : original.substring(s, e);
        units.add(new Unit(docId, units.size(), paragraph, heading, sections.path(), sections.part(), s, e,
                text, n, norm.toOriginal()));
    }

    private String following(int from) {
        int to = Math.min(folded.length, from + LOOKAHEAD);
        return new String(folded, from, to - from);
    }

    /** Section title of a run-in heading: its first sentence, up to a colon (1.“两重”：是指… → 1.“两重”). */
    private static String title(String sentence) {
        int colon = sentence.indexOf('：');
        return colon > 0 ? sentence.substring(0, colon) : stripEnd(sentence);
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (Chars.terminal(s.charAt(e - 1)) || Chars.closer(s.charAt(e - 1)) && e >= 2
                && Chars.terminal(s.charAt(e - 2)))) e--;
        return s.substring(0, e);
    }

    /** Units of the closing paragraphs (各位代表… after the last heading) get no section and part other. */
    private List<Unit> closingToOther() {
        int from = closingStart();
        return from < 0 ? units : closingToOther(from);
    }

    /*
     * JIT: the search (a loop over every paragraph of a document, on-stack-replacement compiled in a cold run) and
     * the rare rebuild of the closing units are methods of their own, so the OSR compile holds only the search.
     */

    /** The first unit of the first paragraph after the last heading that opens with 各位代表, or -1. */
    private int closingStart() {
        for (int k = 0, n = paragraphStarts.size(); k < n; k++) {
            int start = paragraphStarts.get(k);
            if (start > lastHeadingUnit && units.get(start).norm().startsWith("各位代表")) return start;
        }
        return -1;
    }

    private List<Unit> closingToOther(int from) {
        List<Unit> out = new ArrayList<>(units.subList(0, from));
        for (Unit u : units.subList(from, units.size())) {
            out.add(new Unit(u.docId(), u.index(), u.paragraph(), u.heading(), List.of(), Part.OTHER, u.start(),
                    u.end(), u.text(), u.norm(), u.normToOriginal()));
        }
        return out;
    }
}
