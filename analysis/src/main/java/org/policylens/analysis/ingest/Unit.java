package org.policylens.analysis.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One coding unit of a document: a sentence, a complete clause ending in {@code ；}, or a heading.
 *
 * <p>{@code start} and {@code end} are character offsets (UTF-16 indices) into the <em>original</em>
 * decoded text of the document, so every number computed later can point back to its sentence.
 * {@code text} is the original slice {@code [start, end)} (possibly with line breaks inside);
 * {@code norm} is the same text normalised for matching (full-width folded, spaces unified,
 * traditional converted to simplified, joined line breaks removed), and {@code normToOriginal[i]}
 * is the original offset of {@code norm.charAt(i)} (with one extra entry for {@code norm.length()}).
 *
 * @param docId     document id (file name without extension unless a manifest says otherwise)
 * @param index     0-based position of the unit in its document
 * @param paragraph 0-based paragraph number in the cleaned text
 * @param heading   whether the unit is a heading line
 * @param section   heading hierarchy above the unit, outermost first (empty if none)
 * @param part      review, plan or other
 * @param start     start offset in the original text, inclusive
 * @param end       end offset in the original text, exclusive
 * @param text      original text of the unit
 * @param norm      normalised text used for matching and counting
 * @param normToOriginal original offset of each char of {@code norm}, length {@code norm.length()+1}
 */
public record Unit(String docId, int index, int paragraph, boolean heading, List<String> section, Part part,
                   int start, int end, String text, String norm, int[] normToOriginal) {

    public Unit {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(normToOriginal, "normToOriginal");
        section = List.copyOf(section);
        if (index < 0) throw new IllegalArgumentException("index < 0: " + index);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        if (text.length() != end - start)
            throw new IllegalArgumentException("text length " + text.length() + " != end - start " + (end - start));
        if (normToOriginal.length != norm.length() + 1)
            throw new IllegalArgumentException("normToOriginal must have norm.length()+1 entries");
    }

    /** Original document offset of a position in {@link #norm()} (0..norm.length()). */
    public int originalOffset(int normIndex) {
        return normToOriginal[normIndex];
    }

    /** Section path joined with {@code " > "}, or empty. */
    public String sectionPath() {
        return String.join(" > ", section);
    }

    /** Number of characters in the original slice. */
    public int length() {
        return end - start;
    }
}
