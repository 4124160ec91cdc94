package org.policylens.analysis.cli;

import org.policylens.analysis.ingest.Document;
import org.policylens.analysis.ingest.DocumentException;
import org.policylens.analysis.ingest.Ingest;
import org.policylens.analysis.ingest.IngestOptions;
import org.policylens.analysis.ingest.Unit;
import org.policylens.rules.RulePack;
import org.policylens.rules.lint.RuleAudit;
import org.policylens.rules.pack.RuleDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code policylens rules audit PACK DIR}: how a pack behaves on a corpus of .txt reports. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs a pack over every .txt file in DIR (read and split into units by the ingest stage) and reports",
                "hit counts per rule, rules that never match, terms swallowed by longer terms or exclusions, and the",
                "most frequent words in units that got no theme (what the pack may be missing)."})
public final class RulesAuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK", description = "A builtin pack name, a YAML file or a folder.")
    String pack;

    @Parameters(index = "1", paramLabel = "DIR", description = "Folder of .txt reports.")
    Path dir;

    @Option(names = "--top", paramLabel = "N", defaultValue = "40", description = "How many no-theme words to list (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) throw new InputException(dir + ": not a folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new InputException(dir + ": no .txt files");
        RulePack p = RulePack.resolve(pack);
        RuleAudit audit = new RuleAudit(p.definition(), p.classifier());
        int failed = 0;
        for (Path f : files) {
            Document d;
            try {
                d = Ingest.read(f, IngestOptions.DEFAULT);
            } catch (DocumentException e) {
                failed++;
                spec.commandLine().getErr().println("policylens: skipped " + e.getMessage());
                continue;
            }
            for (Unit u : d.units()) audit.addNormalized(u.norm().strip(), u.section());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(p, dir, files.size() - failed, audit, top));
        out.flush();
        spec.commandLine().getErr().flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static String render(RulePack p, Path dir, int files, RuleAudit a, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append("pack ").append(p.name()).append(' ').append(p.version()).append(" on ").append(dir).append(": ")
                .append(files).append(" files, ").append(a.units()).append(" units, ").append(a.chars())
                .append(" chars; ").append(a.noneUnits()).append(" units with no theme\n\n");
        sb.append("hits per rule (hits, units, swallowed by longer matches, cancelled by exclusions)\n");
        sb.append("rule\ttheme\tkind\thits\tunits\tswallowed\texcluded\n");
        for (RuleAudit.RuleCount c : a.rules()) {
            sb.append(c.rule().id()).append('\t').append(c.rule().theme()).append('\t').append(c.rule().kind().id())
                    .append('\t').append(c.hits()).append('\t').append(c.units()).append('\t').append(c.swallowed())
                    .append('\t').append(c.excluded()).append('\n');
        }
        List<RuleDef> never = a.neverMatched();
        sb.append("\nrules that never matched (").append(never.size()).append(")\n");
        for (RuleDef r : never) sb.append(r.location()).append(": ").append(r.id()).append('\n');
        List<RuleAudit.TermCount> unused = a.unusedTerms();
        sb.append("\nterms that never occurred (").append(unused.size()).append(")\n");
        for (RuleAudit.TermCount t : unused) sb.append(t.ruleId()).append('\t').append(t.term()).append('\n');
        List<RuleAudit.TermCount> swallowed = a.swallowedTerms();
        sb.append("\nterms swallowed by longer matches or cancelled by exclusions (").append(swallowed.size()).append(")\n");
        sb.append("rule\tterm\tkept\tswallowed\texcluded\tmost often inside\n");
        for (RuleAudit.TermCount t : swallowed) {
            sb.append(t.ruleId()).append('\t').append(t.term()).append('\t').append(t.kept()).append('\t')
                    .append(t.swallowed()).append('\t').append(t.excluded()).append('\t').append(t.swallowedBy()).append('\n');
        }
        sb.append("\nexclusions that fired\n");
        for (Map.Entry<String, Integer> e : a.exclusionFires().entrySet())
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        sb.append("\nmost frequent words in units with no theme (word, units)\n");
        for (RuleAudit.Phrase ph : a.topNonePhrases(top)) sb.append(ph.text()).append('\t').append(ph.units()).append('\n');
        return sb.toString();
    }
}
