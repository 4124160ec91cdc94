package org.policylens.analysis.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable buffer of CSV rows encoded straight to UTF-8 — the {@link CsvFiles} dialect (a field is quoted only
 * when it holds a comma, a double quote or a line break; quotes doubled inside) without building a
 * {@code String} per field, row or document. Workers format their rows here, so the writer only copies bytes.
 *
 * <p>A field is written between {@link #startField()} and {@link #endField(int)}: its text goes in unquoted, and
 * {@code endField} quotes it in place when needed (safe on bytes: {@code "}, {@code ,}, CR and LF never occur
 * inside a multi-byte UTF-8 sequence). A lone surrogate is written as {@code ?}, as the JDK's encoder does.
 * Not thread-safe: one buffer per document.
 */
public final class CsvBytes {

    private byte[] buf;
    private int size;
    private boolean quote;
    /** Whether the current field may hold a double quote (set with {@link #quote}; only ever too true). */
    private boolean dquote;
    /** Whether {@link #buf} came from (and goes back to) the {@link RowBufferPool}. */
    private boolean pooled;

    public CsvBytes(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private CsvBytes(byte[] buf) {
        this.buf = buf;
        this.pooled = true;
    }

    /**
     * A buffer whose array comes from a pool of recycled arrays: hand its rows to the writer, which gives the array
     * back with {@link CsvRows#release()} once written.
     */
    public static CsvBytes pooled(int initialCapacity) {
        return initialCapacity < RowBufferPool.MIN_BYTES ? new CsvBytes(initialCapacity)
                : new CsvBytes(RowBufferPool.take(initialCapacity));
    }

    /** Marks the start of a field; pass the result to {@link #endField(int)}. */
    public int startField() {
        quote = false;
        dquote = false;
        return size;
    }

    /** Ends the field started at {@code mark}, quoting it if its text needs quotes. */
    public CsvBytes endField(int mark) {
        if (quote) quoteField(mark); // no loop inlined at every field end: a shift, or the doubling out of line
        return this;
    }

    private void quoteField(int mark) {
        if (!dquote) { // no quote inside: shift the text one byte right (no loop in the code inlined here)
            ensure(2);
            byte[] b = buf;
            int n = size - mark;
            System.arraycopy(b, mark, b, mark + 1, n);
            b[mark] = '"';
            b[mark + n + 1] = '"';
            size += 2;
            quote = false;
            return;
        }
        quoteDoubling(mark);
    }

    private void quoteDoubling(int mark) {
        int quotes = 0;
        for (int i = mark; i < size; i++) if (buf[i] == '"') quotes++;
        int extra = quotes + 2;
        ensure(extra);
        int src = size - 1;
        int dst = size + extra - 1;
        buf[dst--] = '"';
        while (src >= mark) {
            byte b = buf[src--];
            buf[dst--] = b;
            if (b == '"') buf[dst--] = '"';
        }
        buf[dst] = '"';
        size += extra;
        quote = false;
        dquote = false;
    }

    /** Appends one whole field (quoted if needed); {@code null} is an empty field. */
    public CsvBytes field(String s) {
        if (s == null) return this;
        int mark = startField();
        text(s);
        return endField(mark);
    }

    /*
     * JIT: text(String) and number(long) are each one method of more than 325 bytes of bytecode (C2's
     * FreqInlineSize), on purpose: C2 then calls them instead of inlining a copy of their loops (unrolled, with
     * pre- and post-loops) at every field of a row writer. Inlined, UnitRows.add alone was one 45-60 KB compile
     * (about 1.2 s of C2 time on a cold bench --size 100); a call per field costs a few ns per row.
     */

    /** Appends {@code s} as part of the current field (UTF-8; remembers whether the field needs quotes). */
    public CsvBytes text(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = buf;
        int p = size;
        int i = 0;
        for (; i < n; i++) { // ASCII run, the common case for ids and numbers
            char c = s.charAt(i);
            if (c >= 0x80) break;
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                if (c == '"') dquote = true;
            }
            b[p++] = (byte) c;
        }
        size = p;
        if (i == n) return this;
        ensure(3 * (n - i));
        b = buf;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x800 && c < 0xD800) { // CJK and most other BMP text: three bytes
                b[p] = (byte) (0xE0 | c >> 12);
                b[p + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p + 2] = (byte) (0x80 | c & 0x3F);
                p += 3;
            } else if (c < 0x80) {
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                if (c == '"') dquote = true;
            }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = p;
        return this;
    }

    /**
     * As {@link #text(String)}, and returns whether {@code s} on its own would need quotes as a field (the
     * current field's quoting is unaffected), so that the bytes just written can be reused with
     * {@link #field(CsvBytes, int, int, boolean)}.
     */
    public boolean textQuoting(String s) {
        boolean outer = quote;
        quote = false;
        text(s);
        boolean own = quote;
        quote = outer || own;
        return own;
    }

    /**
     * Appends, as one whole field, the unquoted text {@code src} holds at bytes {@code [from, to)} (e.g. written
     * there by {@link #textQuoting(String)}); quoted when {@code quote}. {@code src} may be this buffer.
     */
    public CsvBytes field(CsvBytes src, int from, int to, boolean quote) {
        int mark = startField();
        raw(src, from, to);
        this.quote = quote;
        this.dquote = quote; // not known: quoting counts
        return endField(mark);
    }

    /** Appends bytes {@code [from, to)} of {@code src} as they are (already formatted CSV); {@code src} may be this buffer. */
    public CsvBytes raw(CsvBytes src, int from, int to) {
        if (from < 0 || to < from || to > src.size) throw new IndexOutOfBoundsException(from + ".." + to + " of " + src.size);
        int n = to - from;
        ensure(n);
        System.arraycopy(src.buf, from, buf, size, n); // after ensure: src.buf is the new array when src == this
        size += n;
        return this;
    }

    /**
     * Appends the ASCII character {@code c} as part of the current field's text: the same bytes and quoting as
     * {@code text(String.valueOf(c))}, without the string loop (separators inside a field: {@code ,}, {@code |},
     * {@code :}).
     */
    public CsvBytes text(char c) {
        if (c >= 0x80) throw new IllegalArgumentException("not ASCII: " + (int) c);
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            if (c == '"') dquote = true;
        }
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** Appends an ASCII character that is not a field's text (a separator: {@code ,} or {@code \n}). */
    public CsvBytes ascii(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** Two ASCII digits of each value 0..99: tens at {@code 2 * v}, ones at {@code 2 * v + 1}. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int v = 0; v < 100; v++) {
            DIGIT_PAIRS[2 * v] = (byte) ('0' + v / 10);
            DIGIT_PAIRS[2 * v + 1] = (byte) ('0' + v % 10);
        }
    }

    /** Appends the decimal digits of {@code v}. */
    public CsvBytes number(long v) {
        if (v >= 0 && v <= Integer.MAX_VALUE) { // offsets, counts, indexes: int arithmetic, two digits a step
            // the digits of v >= 0, written from the last, two at a time (the same text as Integer.toString)
            int w = (int) v;
            int n = w < 10 ? 1 : w < 100 ? 2 : w < 1000 ? 3 : w < 10000 ? 4 : w < 100000 ? 5 : w < 1000000 ? 6
                    : w < 10000000 ? 7 : w < 100000000 ? 8 : w < 1000000000 ? 9 : 10;
            ensure(n);
            byte[] b = buf;
            int p = size + n;
            size = p;
            while (w >= 100) {
                int q = w / 100;
                int r = 2 * (w - 100 * q);
                w = q;
                b[--p] = DIGIT_PAIRS[r + 1];
                b[--p] = DIGIT_PAIRS[r];
            }
            if (w >= 10) {
                b[--p] = DIGIT_PAIRS[2 * w + 1];
                b[--p] = DIGIT_PAIRS[2 * w];
            } else {
                b[--p] = (byte) ('0' + w);
            }
            return this;
        }
        if (v == Long.MIN_VALUE) return text(Long.toString(v));
        ensure(20);
        if (v < 0) {
            buf[size++] = '-';
            v = -v;
        }
        int start = size;
        do {
            buf[size++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** Appends a number the way {@link Numbers#format(double)} prints it (NaN: nothing). */
    public CsvBytes number(double d) {
        Numbers.append(this, d);
        return this;
    }

    /** Appends one record (values via {@code String.valueOf}, null as an empty field) and its {@code \n}. */
    public CsvBytes row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) ascii(',');
            Object v = values.get(i);
            if (v != null) field(v.toString());
        }
        return ascii('\n');
    }

    /** Bytes written so far. */
    public int size() {
        return size;
    }

    /** Hands the rows written so far over (without copying them); the buffer starts empty again. */
    public CsvRows rows() {
        CsvRows rows = new CsvRows(buf, size, pooled);
        buf = new byte[16];
        size = 0;
        pooled = false;
        return rows;
    }

    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > buf.length) grow(more); // the copy stays out of line: ensure is inlined at every append
    }

    /** Rarely called and larger than the JIT's always-inline size, so its copy is not inlined at every append. */
    private void grow(int more) {
        long want = Math.max(2L * buf.length, (long) size + more);
        if (want > Integer.MAX_VALUE - 16)
            throw new IllegalStateException("CSV rows of one document exceed 2 GB (" + ((long) size + more) + " bytes)");
        byte[] old = buf;
        if (pooled) {
            buf = RowBufferPool.take((int) want);
            System.arraycopy(old, 0, buf, 0, size);
            RowBufferPool.give(old);
        } else {
            buf = Arrays.copyOf(old, (int) want);
        }
    }
}
