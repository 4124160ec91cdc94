package org.policylens.notebooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaEvaluatorTest {

    private static JavaEvaluator evaluator;

    /** Collects a cell's printed text and displays. */
    static final class Captured implements CellOutput {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        final List<MimeBundle> displays = new ArrayList<>();

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public PrintStream err() {
            return err;
        }

        @Override
        public void display(MimeBundle bundle) {
            displays.add(bundle);
        }

        String printed() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void start() {
        evaluator = new JavaEvaluator(TestClassPath.get());
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static Optional<MimeBundle> eval(String cell) {
        return evaluator.eval(cell, new Captured());
    }

    @Test
    void anExpressionIsTheCellValue() {
        assertEquals("42", eval("6 * 7").orElseThrow().plainText());
    }

    @Test
    void theLastSnippetOfSeveralGivesTheValue() {
        assertEquals("\"a-b\"", eval("var parts = List.of(\"a\", \"b\");\nString.join(\"-\", parts)").orElseThrow().plainText());
    }

    @Test
    void aDeclarationHasNoValue() {
        assertTrue(eval("int unused = 5;").isEmpty());
    }

    @Test
    void definitionsPersistFromCellToCell() {
        eval("int base = 20;");
        assertEquals("40", eval("base * 2").orElseThrow().plainText());
    }

    @Test
    void printedOutputGoesToTheCellOutput() {
        Captured output = new Captured();
        Optional<MimeBundle> value = evaluator.eval("System.out.println(\"苏州 \" + (1 + 1));", output);
        assertEquals("苏州 2\n", output.printed());
        assertTrue(value.isEmpty());
    }

    @Test
    void aVariableResetByALaterDeclarationIsReported() {
        eval("class Shade {}");
        eval("Shade kept = new Shade();");
        Captured output = new Captured();
        evaluator.eval("class Shade { int depth; }", output);
        assertTrue(output.errBytes.toString(StandardCharsets.UTF_8).contains("variable 'kept' was declared again"),
                output.errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printfShowsItsTextButNotTheStream() {
        Captured output = new Captured();
        assertTrue(evaluator.eval("System.out.printf(\"%d%%%n\", 38)", output).isEmpty());
        assertEquals("38%\n", output.printed());
    }

    @Test
    void aCompileErrorNamesTheCellLine() {
        CellException error = assertThrows(CellException.class, () -> eval("int ok = 1;\nString s = 5;"));
        assertEquals(CellException.Kind.COMPILE, error.kind());
        assertTrue(error.getMessage().startsWith("line 2: incompatible types"), error.getMessage());
    }

    @Test
    void anUnknownSymbolIsACompileError() {
        CellException error = assertThrows(CellException.class, () -> eval("noSuchVariable + 1"));
        assertEquals(CellException.Kind.COMPILE, error.kind());
        assertTrue(error.getMessage().contains("cannot find symbol"), error.getMessage());
    }

    @Test
    void anExceptionStopsTheCellWithItsClassAndMessage() {
        CellException error = assertThrows(CellException.class,
                () -> eval("throw new IllegalStateException(\"no such city\");"));
        assertEquals(CellException.Kind.RUNTIME, error.kind());
        assertEquals("java.lang.IllegalStateException", error.errorName());
        assertEquals("java.lang.IllegalStateException: no such city", error.getMessage());
    }

    @Test
    void anExceptionInACellMethodNamesTheMethodAndTheCellLine() {
        eval("int parseYear(String s) { return Integer.parseInt(s); }");
        CellException error = assertThrows(CellException.class, () -> eval("int a = 1;\nparseYear(\"二〇二六\");"));
        assertEquals("java.lang.NumberFormatException", error.errorName());
        assertTrue(error.lines().contains("\tat parseYear(...), a method declared in a cell"), error.lines().toString());
        assertTrue(error.lines().contains("\tat this cell, line 2"), error.lines().toString());
    }

    @Test
    void snippetsAfterAnExceptionDoNotRun() {
        Captured output = new Captured();
        assertThrows(CellException.class, () -> evaluator.eval(
                "System.out.println(\"before\");\nInteger.parseInt(\"x\");\nSystem.out.println(\"after\");", output));
        assertEquals("before\n", output.printed());
    }

    @Test
    void unfinishedCodeIsReported() {
        CellException error = assertThrows(CellException.class, () -> eval("for (int i = 0; i < 3; i++) {"));
        assertEquals(CellException.Kind.INCOMPLETE, error.kind());
    }

    @Test
    void anImageValueIsAPngBundle(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("chart.png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        MimeBundle bundle = eval("Display.image(Path.of(\"" + png.toString().replace("\\", "\\\\") + "\"))").orElseThrow();
        byte[] bytes = Base64.getDecoder().decode(bundle.data().get(MimeBundle.PNG));
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void aChartIsShownAsAPicture() {
        MimeBundle bundle = eval("Display.chart(org.policylens.charts.Charts.bars(\"宿州\", List.of(\"经济\", \"创新\"), "
                + "List.of(0.4, 0.2), List.of(), List.of()))").orElseThrow();
        assertTrue(bundle.has(MimeBundle.PNG), bundle.data().keySet().toString());
    }

    @Test
    void showDisplaysAtOnceInOrder() {
        Captured output = new Captured();
        evaluator.eval("Display.show(Display.markdown(\"**one**\"));\nDisplay.show(Display.html(\"<b>two</b>\"));", output);
        assertEquals(List.of("**one**", "<b>two</b>"), output.displays.stream().map(MimeBundle::plainText).toList());
    }

    @Test
    void aTableValueIsEscapedHtml() {
        MimeBundle table = eval("Display.table(List.of(\"city\", \"share\"), List.of(List.of(\"<b>\", 0.25)))").orElseThrow();
        assertTrue(table.data().get(MimeBundle.HTML).contains("<td style=\"text-align:left\">&lt;b&gt;</td>"
                + "<td style=\"text-align:right\">0.2500</td>"), table.data().get(MimeBundle.HTML));
    }

    @Test
    void cellsSeeTheProjectClasses() {
        assertEquals("\"review\"", eval("org.policylens.analysis.ingest.Part.REVIEW.id()").orElseThrow().plainText());
    }
}
