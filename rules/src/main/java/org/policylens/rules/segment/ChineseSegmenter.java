package org.policylens.rules.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * HanLP word segmentation with the project dictionary, so that policy terms such as 新质生产力,
 * 专精特新, 碳达峰 and PM2.5 stay whole.
 *
 * <p>This is the <b>only</b> class in PolicyLens that touches HanLP's segmenters and dictionaries.
 * It never changes HanLP's global {@code CustomDictionary}: each instance has its own
 * {@link DynamicCustomDictionary} (HanLP's bundled custom words plus ours), in forcing mode so a
 * dictionary word is kept even where the Viterbi path would cut it. Instances are immutable after
 * construction and safe to share between threads.
 */
public final class ChineseSegmenter {

    private static final String PROJECT_DICTIONARY = "project-dictionary.txt";
    private static volatile ChineseSegmenter standard;

    /** The core dictionary trie {@code SpeedTokenizer} matches against. */
    static final DoubleArrayTrie<CoreDictionary.Attribute> SPEED_TRIE =
            ((DoubleArrayTrieSegment) SpeedTokenizer.SEGMENT).trie;

    private final Segment segment;
    /**
     * Same dictionary, no part-of-speech tagging and no person-name recognition: for word boundaries only. The
     * name models glue characters across word edges (率、高中 read as a name) and cost time and compiled code; on
     * the samples, switching them off changes the boundary decision for 2 of about 600 bounded-term candidates
     * and no label (classify ~15% faster).
     */
    private final Segment wordsOnly;

    private ChineseSegmenter(Collection<String> extraWords) {
        FirstCharCustomDictionary dictionary = new FirstCharCustomDictionary();
        for (String w : extraWords) {
            dictionary.insert(w, "nz 1000");
        }
        dictionary.freeze(); // no word is added after this
        this.segment = new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enablePartOfSpeechTagging(true);
        this.wordsOnly = new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false);
    }

    /** The shared segmenter with the project dictionary (built on first use, ~0.3 s). */
    public static ChineseSegmenter standard() {
        ChineseSegmenter s = standard;
        if (s == null) {
            synchronized (ChineseSegmenter.class) {
                s = standard;
                if (s == null) standard = s = new ChineseSegmenter(projectWords());
            }
        }
        return s;
    }

    /** A segmenter with the project dictionary plus {@code extraWords} (e.g. a rule pack's terms). */
    public static ChineseSegmenter withWords(Collection<String> extraWords) {
        Objects.requireNonNull(extraWords, "extraWords");
        List<String> all = new ArrayList<>(projectWords());
        all.addAll(extraWords);
        return new ChineseSegmenter(all);
    }

    /** The words of the bundled project dictionary ({@code project-dictionary.txt}). */
    public static List<String> projectWords() {
        List<String> words = new ArrayList<>();
        try (InputStream in = ChineseSegmenter.class.getResourceAsStream(PROJECT_DICTIONARY)) {
            if (in == null) throw new IllegalStateException("missing resource " + PROJECT_DICTIONARY);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Segments {@code text}; token offsets refer to {@code text}. */
    public List<Token> segment(String text) {
        Objects.requireNonNull(text, "text");
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int start = text.startsWith(t.word, pos) ? pos : text.indexOf(t.word, pos);
            if (start < 0) start = pos;
            String word = text.substring(start, Math.min(text.length(), start + t.word.length()));
            tokens.add(new Token(word, t.nature == null ? "x" : t.nature.toString(), start, start + word.length()));
            pos = start + word.length();
        }
        return tokens;
    }

    /**
     * The word boundaries of {@code text}: bit {@code i} is set when a word starts or ends at offset {@code i}
     * (0 and {@code text.length()} included). The Viterbi segmentation of {@link #segment}, without POS tags and
     * without person-name recognition.
     */
    public java.util.BitSet boundaries(String text) {
        Objects.requireNonNull(text, "text");
        java.util.BitSet b = new java.util.BitSet(text.length() + 1);
        b.set(0);
        b.set(text.length());
        int pos = 0;
        for (Term t : wordsOnly.seg(text)) {
            int start = text.startsWith(t.word, pos) ? pos : text.indexOf(t.word, pos);
            if (start < 0) start = pos;
            int end = Math.min(text.length(), start + t.word.length());
            b.set(start);
            b.set(end);
            pos = end;
        }
        return b;
    }


    /**
     * Number of words in {@code text}, punctuation and white space excluded, for word-normalised measures.
     *
     * <p>Counts HanLP's dictionary-only {@code SpeedTokenizer} tokens (tens of millions of chars/s, ~20x faster
     * than the Viterbi path of {@link #segment}) and merges runs of ASCII letters, digits, {@code .} and {@code %}
     * into one word, so {@code PM2.5} and {@code 12.5%} count once. Counts differ slightly from
     * {@link #segment}: project-dictionary words are not kept whole here.
     *
     * <p>Same tokens as {@code SpeedTokenizer.segment(text)} (HanLP's {@code LongestSearcher} over the core
     * dictionary: the longest match at each start, single chars elsewhere), walked by {@link SpeedTrie} in one
     * pass without arrays, {@code Term}s or a searcher object. Allocates nothing.
     */
    public int countWords(String text) {
        Objects.requireNonNull(text, "text");
        return SpeedTrie.CORE.countWords(text);
    }

    /** {@link #countWords} on HanLP's own {@code LongestSearcher} (the previous implementation): the reference for tests. */
    int countWordsWithSearcher(String text) {
        char[] cs = text.toCharArray();
        int[] length = new int[cs.length];
        java.util.Arrays.fill(length, 1);
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher = SPEED_TRIE.getLongestSearcher(cs, 0);
        while (searcher.next()) length[searcher.begin] = searcher.length;
        int n = 0;
        boolean inAsciiRun = false;
        for (int i = 0; i < cs.length; i += length[i]) {
            int end = i + length[i];
            if (!hasLetterOrDigit(cs, i, end) && (isBlank(cs, i, end) || !isAsciiWordish(cs, i, end))) {
                inAsciiRun = false; // white space or punctuation
                continue;
            }
            boolean ascii = isAsciiWordish(cs, i, end);
            if (ascii && inAsciiRun) continue;
            inAsciiRun = ascii;
            n++;
        }
        return n;
    }

    /** {@link #countWords} as first written, on {@code SpeedTokenizer}'s terms: the reference for tests. */
    int countWordsWithTerms(String text) {
        int n = 0;
        boolean inAsciiRun = false;
        for (Term t : SpeedTokenizer.segment(text)) {
            String w = t.word;
            if (w.isBlank() || isPunctuation(w, t)) {
                inAsciiRun = false;
                continue;
            }
            boolean ascii = isAsciiWordish(w);
            if (ascii && inAsciiRun) continue;
            inAsciiRun = ascii;
            n++;
        }
        return n;
    }

    private static boolean hasLetterOrDigit(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(cs[i])) return true;
        }
        return false;
    }

    private static boolean isBlank(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(cs[i])) return false;
        }
        return true;
    }

    private static boolean isAsciiWordish(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cs[i];
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%';
            if (!ok) return false;
        }
        return true;
    }

    private static boolean isPunctuation(String w, Term t) {
        if (t.nature != null && t.nature.startsWith("w") && !isAsciiWordish(w)) return true;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) return false;
        }
        return !isAsciiWordish(w);
    }

    private static boolean isAsciiWordish(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%';
            if (!ok) return false;
        }
        return true;
    }
}
