package org.policylens.analysis.ingest;

import com.hankcs.hanlp.HanLP;

/**
 * Folds a text character by character, so that offsets never move: full-width digits, letters and
 * {@code ％．＊＋－／} become ASCII; every kind of space (U+3000, NBSP, U+2000..U+200B, tab, BOM) becomes
 * {@code ' '}; and when the document is written in traditional characters, each character is converted to
 * simplified with HanLP (conversions that would change the length are not taken).
 */
final class Normalizer {

    /** Share of CJK characters that must change under traditional→simplified conversion. */
    private static final double TRADITIONAL_SHARE = 0.05;

    private Normalizer() {
    }

    /** Folds {@code chars} in place; returns whether the text was converted from traditional Chinese. */
    static boolean fold(char[] chars) {
        // The count of isTraditional's first step, taken on the folded chars as they are made (one pass, not two).
        int hints = 0;
        int cjkSeen = 0;
        int head = Math.min(chars.length, HINT_SCAN);
        for (int i = 0; i < head; i++) {
            char c = foldChar(chars[i]);
            chars[i] = c;
            if (c >= 0x3400 && c <= 0x9FFF) {
                cjkSeen++;
                if (HINT[c]) hints++;
            }
        }
        for (int i = head; i < chars.length; i++) chars[i] = foldChar(chars[i]);
        if (!isTraditional(chars, hints, cjkSeen)) return false;
        String original = new String(chars);
        String simplified = HanLP.convertToSimplifiedChinese(original);
        if (simplified.length() == original.length()) {
            simplified.getChars(0, chars.length, chars, 0);
        } else {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] < 0x3400) continue;
                String s = HanLP.convertToSimplifiedChinese(String.valueOf(chars[i]));
                if (s.length() == 1) chars[i] = s.charAt(0);
            }
        }
        return true;
    }

    static char foldChar(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A')
            return (char) (c - 0xFEE0);
        switch (c) {
            case '％': return '%';
            case '．': return '.';
            case '＊': return '*';
            case '＋': return '+';
            case '－': return '-';
            case '／': return '/';
            case '\t': case '\u3000': case '\u00A0': case '\u202F': case '\u205F': case '\uFEFF': case '\u000B':
                return ' ';
            default:
                return c >= '\u2000' && c <= '\u200B' ? ' ' : c;
        }
    }

    /** Common characters that exist only in traditional writing (們 個 這 來 時 為 ...). */
    private static final String TRADITIONAL_ONLY = "們個這來時為經發會國說對後過進產業區實與現開關間長東書當應樣還點學體"
            + "問題動機電話務處總計劃體認識設條將進專見視響類變員單從無門傳數標準濟環場導據聯黨積極歷轉構雙勵";
    private static final boolean[] HINT = new boolean[65536];

    static {
        for (char c : TRADITIONAL_ONLY.toCharArray()) HINT[c] = true;
    }

    /**
     * Whether the text is traditional Chinese: a quick count of traditional-only characters in the first
     * 10,000 characters, confirmed by converting the first 4,000 CJK characters (at least 5% must change).
     */
    static boolean isTraditional(char[] chars) {
        int hints = 0;
        int cjkSeen = 0;
        for (int i = 0, n = Math.min(chars.length, HINT_SCAN); i < n; i++) {
            char c = chars[i];
            if (c >= 0x3400 && c <= 0x9FFF) {
                cjkSeen++;
                if (HINT[c]) hints++;
            }
        }
        return isTraditional(chars, hints, cjkSeen);
    }

    /** Characters {@link #isTraditional} counts hints in. */
    private static final int HINT_SCAN = 10_000;

    /** {@link #isTraditional(char[])} given its count over the first {@link #HINT_SCAN} chars. */
    private static boolean isTraditional(char[] chars, int hints, int cjkSeen) {
        if (hints * 100 < cjkSeen) return false;
        StringBuilder sample = new StringBuilder(4_000);
        for (int i = 0; i < chars.length && sample.length() < 4_000; i++) {
            char c = chars[i];
            if (c >= 0x3400 && c <= 0x9FFF) sample.append(c);
        }
        if (sample.length() == 0) return false;
        String simplified = HanLP.convertToSimplifiedChinese(sample.toString());
        int changed = 0;
        if (simplified.length() == sample.length()) {
            for (int i = 0; i < sample.length(); i++) if (simplified.charAt(i) != sample.charAt(i)) changed++;
        } else {
            for (int i = 0; i < sample.length(); i++) {
                String one = String.valueOf(sample.charAt(i));
                if (!HanLP.convertToSimplifiedChinese(one).equals(one)) changed++;
            }
        }
        return changed >= TRADITIONAL_SHARE * sample.length();
    }
}
