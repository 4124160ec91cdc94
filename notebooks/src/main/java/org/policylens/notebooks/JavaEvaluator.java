package org.policylens.notebooks;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates notebook cells as Java with the JDK's JShell, in this JVM (JShell's local execution engine), over a
 * class path that holds the PolicyLens classes. Definitions persist from cell to cell, as in {@code jshell}.
 *
 * <p>A cell may hold several statements and declarations; its value is the value of its last snippet when that is
 * an expression. A value that is a {@link MimeBundle} (a chart, a table) is returned as such, any other value as
 * its JShell text. One evaluator serves one notebook, one cell at a time.
 */
public final class JavaEvaluator implements AutoCloseable {

    /** The imports every cell sees: jshell's defaults and the display helper. */
    static final List<String> PRELUDE = List.of(
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.regex.*;", "import java.util.stream.*;",
            "import org.policylens.notebooks.Csv;", "import org.policylens.notebooks.Display;",
            "import org.policylens.notebooks.MimeBundle;");

    private final JShell shell;

    /** @param classPath the class path cells compile against (entries separated by the path separator) */
    public JavaEvaluator(String classPath) {
        Objects.requireNonNull(classPath, "classPath");
        this.shell = JShell.builder().executionEngine("local").build();
        if (!classPath.isBlank()) {
            shell.addToClasspath(classPath);
        }
        for (String line : PRELUDE) {
            List<SnippetEvent> events = shell.eval(line);
            if (events.isEmpty() || events.get(0).status() != Snippet.Status.VALID) {
                throw new IllegalStateException("cannot prepare the Java shell: '" + line + "' failed (class path: "
                        + classPath + ")");
            }
        }
    }

    /**
     * Runs one cell. Printed output and {@link Display#show} displays go to {@code output} while it runs.
     *
     * @return the cell's value, empty when the last snippet is not an expression (a declaration, a statement)
     * @throws CellException when a snippet does not compile or throws; the snippets before it have run
     */
    public Optional<MimeBundle> eval(String cell, CellOutput output) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(output, "output");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(output.out());
        System.setErr(output.err());
        Display.attach(output::display);
        try {
            return run(cell, output);
        } finally {
            output.out().flush();
            output.err().flush();
            Display.attach(null);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Optional<MimeBundle> run(String cell, CellOutput output) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Optional<MimeBundle> value = Optional.empty();
        String remaining = cell;
        while (!remaining.isBlank()) {
            int offset = cell.length() - remaining.length();
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            String source;
            if (completeness.isComplete()) {
                source = info.source();
                remaining = info.remaining();
            } else if (completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                int line = lineOf(cell, offset + leadingSpace(remaining));
                throw new CellException(CellException.Kind.INCOMPLETE, "CompileError",
                        "line " + line + ": incomplete code (a missing ';', ')' or '}'?)",
                        List.of("line " + line + ": incomplete code (a missing ';', ')' or '}'?)",
                                "    " + lineText(cell, line)));
            } else {
                source = remaining; // UNKNOWN: let the compiler say what is wrong
                remaining = "";
            }
            value = evalSnippet(source, cell, startOf(source, cell, offset), output);
        }
        return value;
    }

    private Optional<MimeBundle> evalSnippet(String source, String cell, int start, CellOutput output) {
        List<SnippetEvent> events = shell.eval(source);
        Optional<MimeBundle> value = Optional.empty();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                // an update of an earlier snippet, not this one's result; a variable updated this way loses its value
                if (event.snippet() instanceof VarSnippet variable && event.status().isActive()
                        && event.previousStatus().isActive()) {
                    output.err().println("note: variable '" + variable.name() + "' was declared again because this cell "
                            + "changed what its type refers to (an import or a declaration); its value is now reset. "
                            + "Put imports in the first cell.");
                }
                continue;
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, source, cell, start);
            }
            if (event.exception() != null) {
                throw runtimeError(event.exception(), cell, start);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                output.err().println("note: " + describe(snippet) + " refers to something not declared yet: "
                        + String.join(", ", shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList()));
            }
            value = valueOf(event, snippet);
        }
        return value;
    }

    private Optional<MimeBundle> valueOf(SnippetEvent event, Snippet snippet) {
        boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        if (!expression || event.value() == null) {
            return Optional.empty();
        }
        if (snippet instanceof VarSnippet variable && variable.typeName().endsWith("PrintStream")) {
            return Optional.empty(); // printf/format return their stream: not a result worth showing
        }
        if (snippet instanceof VarSnippet variable && variable.typeName().endsWith("MimeBundle")) {
            Object captured = capture(variable.name());
            if (captured instanceof MimeBundle bundle) {
                return Optional.of(bundle);
            }
        }
        return Optional.of(MimeBundle.text(event.value()));
    }

    /** The object behind a temporary variable, through {@link Display#capture}; the helper snippet is dropped. */
    private Object capture(String variable) {
        Display.takeCaptured();
        List<SnippetEvent> events = shell.eval("org.policylens.notebooks.Display.capture(" + variable + ");");
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                shell.drop(event.snippet());
            }
        }
        return Display.takeCaptured();
    }

    private CellException compileError(Snippet snippet, String source, String cell, int start) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : shell.diagnostics(snippet).toList()) {
            if (!diag.isError()) {
                continue;
            }
            long position = diag.getStartPosition() >= 0 ? diag.getStartPosition() : 0;
            int line = lineOf(cell, start + (int) Math.min(position, source.length()));
            String message = "line " + line + ": " + String.join(" ", diag.getMessage(Locale.ROOT).lines()
                    .map(String::strip).filter(x -> !x.isEmpty()).toList());
            if (first == null) {
                first = message;
            }
            lines.add(message);
            lines.add("    " + lineText(cell, line));
            int column = columnOf(cell, start + (int) Math.min(position, source.length()));
            lines.add("    " + " ".repeat(Math.max(0, column)) + "^");
        }
        if (first == null) {
            first = "line " + lineOf(cell, start) + ": " + describe(snippet) + " was rejected";
            lines.add(first);
        }
        return new CellException(CellException.Kind.COMPILE, "CompileError", first, lines);
    }

    private CellException runtimeError(JShellException exception, String cell, int start) {
        String name;
        if (exception instanceof EvalException eval) {
            name = eval.getExceptionClassName();
        } else if (exception instanceof UnresolvedReferenceException unresolved) {
            name = "UnresolvedReference";
            String message = "line " + lineOf(cell, start) + ": " + describe(unresolved.getSnippet())
                    + " cannot run until " + String.join(", ", shell.unresolvedDependencies(unresolved.getSnippet()).toList())
                    + " is declared";
            return new CellException(CellException.Kind.RUNTIME, name, message, List.of(message));
        } else {
            name = exception.getClass().getName();
        }
        String message = name + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
        List<String> lines = new ArrayList<>();
        lines.add(message);
        Throwable current = exception;
        boolean firstLevel = true;
        while (current != null) {
            if (!firstLevel) {
                String causeName = current instanceof EvalException e ? e.getExceptionClassName() : current.getClass().getName();
                lines.add("Caused by: " + causeName + (current.getMessage() == null ? "" : ": " + current.getMessage()));
            }
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().startsWith("jdk.") || frame.getClassName().startsWith("java.lang.reflect")
                        || frame.getClassName().startsWith("jdk.internal")) {
                    break; // below the snippet: JShell's own machinery
                }
                lines.add("\tat " + describe(frame, cell, start));
            }
            current = current.getCause();
            firstLevel = false;
        }
        return new CellException(CellException.Kind.RUNTIME, name, message, lines);
    }

    /** Code completion at {@code cursor}: the replacement candidates and the start of the text they replace. */
    public Completion complete(String code, int cursor) {
        int[] anchor = new int[1];
        List<String> candidates = shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .filter(SourceCodeAnalysis.Suggestion::matchesType)
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct().toList();
        if (candidates.isEmpty()) {
            candidates = shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                    .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        }
        return new Completion(candidates, anchor[0], cursor);
    }

    /** A completion: {@code candidates} replace {@code code.substring(start, end)}. */
    public record Completion(List<String> candidates, int start, int end) {
        public Completion {
            candidates = List.copyOf(candidates);
        }
    }

    /** Whether {@code code} is a complete unit of input, as JShell judges it. */
    public Completeness completeness(String code) {
        return shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
    }

    /** Stops the running cell (from another thread). */
    public void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }

    /** A stack frame as a reader of the notebook sees it: snippet classes become "this cell" or a cell's method. */
    private static String describe(StackTraceElement frame, String cell, int start) {
        // JShell reports snippet frames with an empty class name and the snippet id as the file ("#14")
        boolean snippet = frame.getClassName().isEmpty() || frame.getClassName().startsWith("REPL.");
        if (!snippet) {
            return frame.toString();
        }
        if (frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$")) {
            return "this cell, line " + (lineOf(cell, start) + Math.max(0, frame.getLineNumber() - 1));
        }
        return frame.getMethodName() + "(...), a method declared in a cell";
    }

    private static String describe(Snippet snippet) {
        String source = snippet.source().strip();
        int newline = source.indexOf('\n');
        String head = newline < 0 ? source : source.substring(0, newline) + " ...";
        return "'" + (head.length() > 60 ? head.substring(0, 60) + "..." : head) + "'";
    }

    /** Where {@code source} (possibly with a ';' added) starts in the cell, searching from {@code offset}. */
    private static int startOf(String source, String cell, int offset) {
        String head = source.strip();
        head = head.substring(0, Math.min(24, head.length()));
        int found = head.isEmpty() ? -1 : cell.indexOf(head, offset);
        return found >= 0 ? found : offset + leadingSpace(cell.substring(offset));
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 1-based line of {@code offset} in {@code cell}. */
    static int lineOf(String cell, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String cell, int offset) {
        int limit = Math.min(offset, cell.length());
        int lineStart = cell.lastIndexOf('\n', limit - 1) + 1;
        return limit - lineStart;
    }

    private static String lineText(String cell, int line) {
        return cell.lines().skip(line - 1L).findFirst().orElse("");
    }
}
