package org.policylens.analysis.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One document's labelled units as columns (the arrays {@link EmphasisStats} computes on), filled unit by unit:
 * the allocation-light alternative to a list of {@link UnitObservation}s, with the same validation. Not
 * thread-safe: one table per document.
 *
 * <pre>{@code
 * UnitTable t = new UnitTable("shenzhen-2024", themes, units.size());
 * t.add("plan", 42, 20, List.of("economy"), "economy", 0.5);
 * t.hit("economy");                        // one surviving rule match of the unit just added
 * DocumentStats d = stats.document(t);
 * }</pre>
 */
public final class UnitTable {

    private final String documentId;
    private final ThemeSet themes;
    private final int k;
    /** The theme ids, for an identity check before {@link ThemeSet#indexOf}. */
    private final String[] ids;
    private int n;
    private int[] stratum;
    private int[] chars;
    private int[] words;
    private int[] primary;
    private double[] intensity;
    private int[] themeStart;
    private int[] themeIndex;
    private int[] hits;

    public UnitTable(String documentId, ThemeSet themes, int expectedUnits) {
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.themes = Objects.requireNonNull(themes, "themes");
        this.k = themes.size();
        this.ids = themes.ids().toArray(new String[0]);
        int cap = Math.max(1, expectedUnits);
        stratum = new int[cap];
        chars = new int[cap];
        words = new int[cap];
        primary = new int[cap];
        intensity = new double[cap];
        themeStart = new int[cap + 1];
        themeIndex = new int[cap];
        hits = new int[cap * k];
    }

    public String documentId() {
        return documentId;
    }

    public ThemeSet themes() {
        return themes;
    }

    /** Units added so far. */
    public int size() {
        return n;
    }

    /**
     * Adds a unit; the arguments mean what {@link UnitObservation}'s components mean, and are checked the same way.
     * {@code carried} may list a theme twice (counted once).
     */
    public void add(String part, int chars, int words, Collection<String> carried, String primary, double intensity) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(carried, "themes");
        Objects.requireNonNull(primary, "primary");
        int h = switch (part) {
            case UnitObservation.REVIEW -> 0;
            case UnitObservation.PLAN -> 1;
            case UnitObservation.OTHER -> 2;
            default -> throw new IllegalArgumentException("part must be review, plan or other: " + part);
        };
        if (chars < 0) throw new IllegalArgumentException("chars < 0: " + chars);
        if (words < 0) throw new IllegalArgumentException("words < 0: " + words);
        if (!(intensity >= 0) || Double.isInfinite(intensity))
            throw new IllegalArgumentException("intensity must be finite and >= 0: " + intensity);
        boolean none = primary.equals(ThemeSet.NONE);
        if (none && !carried.isEmpty()) throw new IllegalArgumentException("primary is none but themes is " + carried);
        if (n == stratum.length) grow();
        int from = themeStart[n];
        int count = 0;
        int primaryIndex = none ? k : -1;
        if (carried instanceof List<String> list && carried instanceof RandomAccess) {
            for (int c = 0, size = list.size(); c < size; c++) count = addTheme(from, count, themeIndex(list.get(c)));
        } else {
            for (String id : carried) count = addTheme(from, count, themeIndex(id));
        }
        if (!none) {
            int p = find(primary);
            if (p < 0 || !contains(from, count, p))
                throw new IllegalArgumentException("primary " + primary + " is not among themes " + carried);
            primaryIndex = p;
        }
        this.stratum[n] = h;
        this.chars[n] = chars;
        this.words[n] = words;
        this.primary[n] = primaryIndex;
        this.intensity[n] = intensity;
        themeStart[n + 1] = from + count;
        n++;
    }

    /** Adds {@code count} surviving rule matches of {@code theme} to the unit added last. */
    public void hits(String theme, int count) {
        if (n == 0) throw new IllegalStateException("no unit to add hits to");
        if (count < 0) throw new IllegalArgumentException("hits for " + theme + " < 0");
        hits[(n - 1) * k + themeIndex(n - 1, theme)] += count;
    }

    /**
     * Adds one surviving rule match of the theme at {@code index} in the theme set to the unit added last (as
     * {@link #hit(String)}, for callers that looked the index up once).
     */
    public void hit(int index) {
        if (n == 0) throw new IllegalStateException("no unit to add hits to");
        if (index < 0 || index >= k) throw new IllegalArgumentException("theme index out of range: " + index);
        hits[(n - 1) * k + index]++;
    }

    /** Adds one surviving rule match of {@code theme} to the unit added last. */
    public void hit(String theme) {
        hits(theme, 1);
    }

    /** Adds theme {@code t} to the unit's sorted themes at {@code from} (unless there); returns the new count. */
    private int addTheme(int from, int count, int t) {
        if (contains(from, count, t)) return count;
        if (from + count == themeIndex.length) themeIndex = Arrays.copyOf(themeIndex, 2 * themeIndex.length + k);
        int j = from + count++;
        while (j > from && themeIndex[j - 1] > t) { // insertion sort: a unit carries a few themes
            themeIndex[j] = themeIndex[j - 1];
            j--;
        }
        themeIndex[j] = t;
        return count;
    }

    private boolean contains(int from, int count, int t) {
        for (int i = from; i < from + count; i++) if (themeIndex[i] == t) return true;
        return false;
    }

    /** {@link ThemeSet#indexOf}, trying identity first (the rule pack's own id strings: no character comparison). */
    private int find(String id) {
        String[] ids = this.ids;
        for (int j = 0; j < ids.length; j++) {
            if (ids[j] == id) return j;
        }
        return themes.indexOf(id);
    }

    private int themeIndex(String id) {
        return themeIndex(n, id);
    }

    private int themeIndex(int unit, String id) {
        int i = find(id);
        if (i < 0)
            throw new IllegalArgumentException(documentId + ": unit " + unit + ": theme " + id
                    + " is not in the theme set " + themes.ids());
        return i;
    }

    private void grow() {
        int cap = 2 * stratum.length;
        stratum = Arrays.copyOf(stratum, cap);
        chars = Arrays.copyOf(chars, cap);
        words = Arrays.copyOf(words, cap);
        primary = Arrays.copyOf(primary, cap);
        intensity = Arrays.copyOf(intensity, cap);
        themeStart = Arrays.copyOf(themeStart, cap + 1);
        hits = Arrays.copyOf(hits, cap * k);
    }

    // Package-private views for EmphasisStats (trimmed to the units added; never handed out further).

    int[] stratum() {
        return trim(stratum);
    }

    int[] chars() {
        return trim(chars);
    }

    int words(int unit) {
        return words[unit];
    }

    int primary(int unit) {
        return primary[unit];
    }

    double[] intensity() {
        return intensity.length == n ? intensity : Arrays.copyOf(intensity, n);
    }

    int[] themeStart() {
        return themeStart.length == n + 1 ? themeStart : Arrays.copyOf(themeStart, n + 1);
    }

    int[] themeIndex() {
        int total = themeStart[n];
        return themeIndex.length == total ? themeIndex : Arrays.copyOf(themeIndex, total);
    }

    int hits(int unit, int theme) {
        return hits[unit * k + theme];
    }

    private int[] trim(int[] a) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }
}
