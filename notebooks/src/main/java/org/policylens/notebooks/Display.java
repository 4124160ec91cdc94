package org.policylens.notebooks;

import org.policylens.charts.Export;
import org.policylens.charts.Figure;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a notebook cell calls to show pictures and tables. A method returning a {@link MimeBundle} shows it when it
 * is the cell's last expression; {@link #show} shows it at once (several charts from one cell, in order).
 *
 * <pre>{@code
 * Display.chart(Charts.bars("Shares", labels, values, lower, upper))   // a chart, inline
 * Display.image(Path.of("out/charts/themes.png"))            // a chart file, inline
 * Display.csv(Path.of("out/tests_chisq.csv"), 10)              // the first 10 rows of a CSV file as a table
 * Display.table(List.of("city", "share"), rows)                // rows you computed
 * }</pre>
 *
 * <p>The kernel and the notebook code share this class through the system class loader: the one piece of global
 * state is the current cell's output ({@link #attach}), set by the evaluator around each cell.
 */
public final class Display {

    static final int CHART_DPI = 120;
    private static final AtomicReference<Consumer<MimeBundle>> SINK = new AtomicReference<>();
    private static final AtomicReference<Object> CAPTURED = new AtomicReference<>();

    private Display() {
    }

    /** Shows a rich output now; outside the kernel it prints the plain text. */
    public static void show(MimeBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        Consumer<MimeBundle> sink = SINK.get();
        if (sink == null) {
            System.out.println(bundle.plainText());
        } else {
            sink.accept(bundle);
        }
    }

    /** A PNG or SVG file as an inline picture (the type follows the file extension). */
    public static MimeBundle image(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return MimeBundle.of(MimeBundle.SVG, Files.readString(file, StandardCharsets.UTF_8), "[image " + file + "]");
            }
            if (name.endsWith(".png")) {
                return image(Files.readAllBytes(file), "[image " + file + "]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Display.image takes a .png or .svg file, got " + file);
    }

    /** A PolicyLens chart, drawn at 120 dpi (crisp on most screens, small enough to keep in a notebook). */
    public static MimeBundle chart(Figure figure) {
        return chart(figure, CHART_DPI);
    }

    /** A PolicyLens chart drawn at {@code dpi} (72 = one pixel per point). */
    public static MimeBundle chart(Figure figure, int dpi) {
        Objects.requireNonNull(figure, "figure");
        return image(Export.image(figure, dpi));
    }

    /** PNG bytes as an inline picture. */
    public static MimeBundle image(byte[] png) {
        return image(png, "[image, " + png.length + " bytes]");
    }

    /** A rendered picture (for instance an XChart {@code BitmapEncoder.getBufferedImage(chart)}). */
    public static MimeBundle image(BufferedImage picture) {
        Objects.requireNonNull(picture, "picture");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image(bytes.toByteArray(), "[image " + picture.getWidth() + "x" + picture.getHeight() + "]");
    }

    private static MimeBundle image(byte[] png, String plain) {
        Objects.requireNonNull(png, "png");
        if (png.length < 8 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalArgumentException("not a PNG image: " + plain);
        }
        return MimeBundle.of(MimeBundle.PNG, Base64.getEncoder().encodeToString(png), plain);
    }

    /** An HTML fragment, shown as is. */
    public static MimeBundle html(String html) {
        return MimeBundle.of(MimeBundle.HTML, html, html);
    }

    /** Markdown text, for a result stated in words. */
    public static MimeBundle markdown(String markdown) {
        return MimeBundle.of(MimeBundle.MARKDOWN, markdown, markdown);
    }

    /** Rows you computed as a table; cells are printed with {@link String#valueOf}, doubles rounded to 4 decimals. */
    public static MimeBundle table(List<String> header, List<? extends List<?>> rows) {
        return new Table(header, rows.stream().map(Display::cells).toList()).bundle();
    }

    /** A whole CSV file (header row first) as a table. */
    public static MimeBundle csv(Path file) {
        return csv(file, row -> true, Integer.MAX_VALUE);
    }

    /** The first {@code limit} rows of a CSV file as a table. */
    public static MimeBundle csv(Path file, int limit) {
        return csv(file, row -> true, limit);
    }

    /**
     * The rows of a CSV file that pass {@code where} (given the row as column → value), at most {@code limit} of
     * them, with only the named {@code columns} (all columns when none are named).
     */
    public static MimeBundle csv(Path file, Predicate<Map<String, String>> where, int limit, String... columns) {
        return Table.fromCsv(file, where, limit, List.of(columns)).bundle();
    }

    /** Cells printed the way a table should show them. */
    static List<String> cells(List<?> row) {
        List<String> out = new ArrayList<>(row.size());
        for (Object cell : row) {
            out.add(cell(cell));
        }
        return out;
    }

    static String cell(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "";
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(value);
    }

    // ---- kernel side -----------------------------------------------------------------------------------------

    /** Routes {@link #show} to the running cell's output; {@code null} detaches. Called by the evaluator only. */
    static void attach(Consumer<MimeBundle> sink) {
        SINK.set(sink);
    }

    /**
     * Hands a cell's value object to the evaluator (JShell reports values as text; the evaluator calls this from a
     * snippet to see the object itself). Public because snippets can only call public members.
     */
    public static void capture(Object value) {
        CAPTURED.set(value);
    }

    /** The value last {@link #capture captured}, cleared. */
    static Object takeCaptured() {
        return CAPTURED.getAndSet(null);
    }
}
