package org.policylens.analysis.cli;

import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.DocumentException;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Language;
import org.policylens.analysis.ingest.Removal;
import org.policylens.analysis.ingest.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens units FILE...}: the sentence units of documents as TSV, or what the cleaner removed. */
@Command(name = "units",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Reads documents (.txt in UTF-8/GB18030/UTF-16, .html, .pdf, .docx), removes what is not "
                + "report text, and prints the sentence units as TSV:",
                "  doc, unit, part, section, start, end, text",
                "start/end are character offsets in the original text; tabs and line breaks in text are "
                        + "written as \\t and \\n. With --removed, prints doc, start, end, rule, text of every "
                        + "removal instead. A file that cannot be read is reported on stderr; the others still print."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error",
                "3:some documents failed; the others were printed", "4:input error"})
public final class UnitsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to read")
    List<Path> files;

    @Option(names = "--removed", description = "print what the cleaner removed instead of the units")
    boolean removed;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "encoding of plain-text files (default: detect UTF-8, UTF-16, GB18030/GBK)")
    String encoding;

    @Option(names = "--language", paramLabel = "LANG", description = "zh or en (default: detect per document)")
    String language;

    @Override
    public Integer call() {
        IngestOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(removed ? "doc\tstart\tend\trule\ttext\n" : "doc\tunit\tpart\tsection\tstart\tend\ttext\n");
        int failed = 0;
        for (Path file : files) {
            try {
                Document doc = Ingest.read(file, options);
                if (removed) printRemovals(out, doc);
                else printUnits(out, doc);
            } catch (DocumentException e) {
                failed++;
                out.flush();
                err.println("policylens: " + e.getMessage());
                err.flush();
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private IngestOptions options() {
        if (encoding != null && !Charset.isSupported(encoding))
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown encoding: " + encoding);
        Language lang = null;
        if (language != null) {
            try {
                lang = Language.parse(language);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return new IngestOptions(encoding, lang);
    }

    private static void printUnits(PrintWriter out, Document doc) {
        StringBuilder line = new StringBuilder(256);
        for (Unit u : doc.units()) {
            line.setLength(0);
            line.append(escape(doc.id())).append('\t').append(u.index()).append('\t').append(u.part().id())
                    .append('\t').append(escape(u.sectionPath())).append('\t').append(u.start()).append('\t')
                    .append(u.end()).append('\t').append(escape(u.text())).append('\n');
            out.print(line);
        }
    }

    private static void printRemovals(PrintWriter out, Document doc) {
        for (Removal r : doc.removals()) {
            out.print(escape(doc.id()) + "\t" + r.start() + "\t" + r.end() + "\t" + r.rule() + "\t"
                    + escape(r.text()) + "\n");
        }
    }

    /** Escapes backslash, tab, line feed and carriage return so that one record stays on one line. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                    : c == '\f' ? "\\f" : null;
            if (rep != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (sb != null) {
                if (rep != null) sb.append(rep);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
