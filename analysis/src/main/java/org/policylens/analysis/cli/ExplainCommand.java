package org.policylens.analysis.cli;

import org.policylens.rules.Explanation;
import org.policylens.rules.IntensifierHit;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.Theme;
import org.policylens.rules.pack.RuleDef;
import org.policylens.rules.text.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens explain "TEXT"}: scores, evidence, exclusions, intensifiers and the decision for one unit. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows why a sentence gets its themes: each theme's score, the evidence (rule, kind, matched "
                + "text, offsets, weight), the matches that were dropped and why, intensifiers and the decision.")
public final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The sentence (normalised like documents).")
    String text;

    @Option(names = "--section", paramLabel = "HEADING",
            description = "A heading above the sentence, outermost first (repeatable; a weak prior).")
    List<String> section = new ArrayList<>();

    @CommandLine.Mixin
    PackOption pack;

    @Override
    public Integer call() {
        RulePack p = pack.load();
        String norm = TextNormalizer.normalize(text).strip();
        Explanation e = p.classifier().explain(norm, section);
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(p, e));
        out.flush();
        return ExitCodes.OK;
    }

    /** The explanation as text (also used by tests). */
    static String render(RulePack p, Explanation e) {
        Labels l = e.labels();
        StringBuilder sb = new StringBuilder();
        sb.append("text: ").append(e.text()).append('\n');
        sb.append("pack: ").append(p.name()).append(' ').append(p.version()).append('\n');
        sb.append('\n').append(String.format(java.util.Locale.ROOT, "%-14s %8s %10s %8s  %s%n",
                "theme", "score", "threshold", "heading", "in set"));
        for (Theme t : p.themes()) {
            sb.append(String.format(java.util.Locale.ROOT, "%-14s %8s %10s %8s  %s%n", t.id(),
                    Num.plain(l.scores().get(t.id())), Num.plain(e.thresholds().get(t.id())),
                    Num.plain(e.headingPrior().get(t.id())), l.themes().contains(t.id()) ? "yes" : "no"));
        }
        sb.append('\n').append("evidence:");
        if (l.evidence().isEmpty()) sb.append(" none");
        sb.append('\n');
        for (Match m : l.evidence()) sb.append("  ").append(describe(p, m)).append('\n');
        sb.append("dropped:");
        if (e.dropped().isEmpty()) sb.append(" none");
        sb.append('\n');
        for (Explanation.Dropped d : e.dropped()) {
            sb.append("  ").append(describe(p, d.match())).append(" <- ")
                    .append(d.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append(": ").append(d.detail()).append('\n');
        }
        sb.append("intensifiers:");
        if (l.intensifiers().isEmpty()) sb.append(" none");
        for (IntensifierHit h : l.intensifiers()) {
            sb.append(' ').append(h.term()).append(" [").append(h.start()).append(',').append(h.end())
                    .append(") ").append(Num.plain(h.weight())).append(';');
        }
        sb.append(" intensity ").append(Num.plain(l.intensity())).append('\n');
        sb.append("decision: ").append(e.decision()).append('\n');
        return sb.toString();
    }

    static String describe(RulePack p, Match m) {
        String kind = p.definition().rule(m.ruleId()).map(RuleDef::kind).map(k -> k.id()).orElse("?");
        return m.theme() + " " + m.ruleId() + " (" + kind + ") \"" + m.text() + "\" [" + m.start() + "," + m.end()
                + ") weight " + Num.plain(m.weight());
    }
}
