package org.policylens.analysis.cli;

import org.policylens.analysis.eval.Evaluation;
import org.policylens.analysis.eval.GoldSet;
import org.policylens.analysis.eval.GoldUnit;
import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.RulePack;
import org.policylens.rules.Theme;
import org.policylens.rules.text.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code policylens eval GOLD.tsv}: measures a rule pack against labelled sentences. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measures a rule pack on a gold TSV (columns id, file, index, text, themes, primary): per-theme "
                + "precision/recall/F1, a 95%% interval of the figures by report (resampling the gold set's files), the "
                + "confusion matrix of primary themes, the misclassified units, and as the last line "
                + "'macro-F1 X primary-accuracy Y' (macro over economy, innovation, ecology, livelihood)."})
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.tsv", description = "The labelled units.")
    Path gold;

    @CommandLine.Mixin
    PackOption pack;

    @CommandLine.Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples of the files for the 95%% interval by report (default: ${DEFAULT-VALUE}; 0: none).")
    int resamples;

    /** Fixed, so the interval is the same on every run. */
    static final long SEED = 20_260_305L;

    @Override
    public Integer call() {
        List<GoldUnit> units;
        try {
            units = GoldSet.parse(gold.toString(), TextFiles.lines(gold));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        if (resamples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resamples must be 0 or more, not " + resamples);
        }
        RulePack p = pack.load();
        Evaluation ev = evaluate(p, units);
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(p, gold.toString(), ev, resamples));
        out.flush();
        return ExitCodes.OK;
    }

    static Evaluation evaluate(RulePack p, List<GoldUnit> units) {
        Classifier c = p.classifier();
        List<Evaluation.Outcome> outcomes = new ArrayList<>();
        for (GoldUnit u : units) {
            Labels l = c.classify(TextNormalizer.normalize(u.text()).strip());
            String evidence = l.evidence().stream().map(m -> m.ruleId() + ":" + m.text()).collect(Collectors.joining("|"));
            outcomes.add(new Evaluation.Outcome(u, l.themes(), l.primary(), evidence.isEmpty() ? "-" : evidence));
        }
        return new Evaluation(p.themes().stream().map(Theme::id).toList(), outcomes);
    }

    static String render(RulePack p, String goldName, Evaluation ev, int resamples) {
        StringBuilder sb = new StringBuilder();
        sb.append("gold ").append(goldName).append(" (").append(ev.outcomes().size()).append(" units); pack ")
                .append(p.name()).append(' ').append(p.version()).append(" sha256 ").append(p.sha256(), 0, 12).append('\n');
        sb.append('\n').append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %6s%n",
                "theme", "gold", "pred", "tp", "precision", "recall", "f1"));
        for (Evaluation.ThemeScore s : ev.perTheme()) {
            sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %9s %7s %6s%n", s.theme(), s.gold(), s.predicted(),
                    s.truePositives(), Num.three(s.precision()), Num.three(s.recall()), Num.three(s.f1())));
        }
        ev.intervalByFile(resamples, SEED).ifPresent(i -> sb.append(String.format(Locale.ROOT,
                "%n95%% interval by report (the %d files resampled %d times): macro-F1 %s-%s, primary accuracy %s-%s%n",
                i.files(), i.resamples(), Num.three(i.macroF1Low()), Num.three(i.macroF1High()),
                Num.three(i.primaryLow()), Num.three(i.primaryHigh()))));
        List<String> labels = ev.confusionLabels();
        int[][] m = ev.confusion();
        sb.append('\n').append("primary confusion (rows gold, columns predicted)\n");
        sb.append(String.format(Locale.ROOT, "%-14s", "gold\\pred"));
        for (String l : labels) sb.append(String.format(Locale.ROOT, " %11s", l));
        sb.append('\n');
        for (int g = 0; g < labels.size(); g++) {
            sb.append(String.format(Locale.ROOT, "%-14s", labels.get(g)));
            for (int q = 0; q < labels.size(); q++) sb.append(String.format(Locale.ROOT, " %11d", m[g][q]));
            sb.append('\n');
        }
        List<Evaluation.Outcome> wrong = ev.misclassified();
        sb.append('\n').append("misclassified (").append(wrong.size()).append(")\n");
        sb.append("id\ttext\tgold\tpredicted\tevidence\n");
        for (Evaluation.Outcome o : wrong) {
            sb.append(o.gold().id()).append('\t').append(o.gold().text()).append('\t')
                    .append(labelText(o.gold().themes(), o.gold().primary())).append('\t')
                    .append(labelText(o.themes(), o.primary())).append('\t').append(o.evidence()).append('\n');
        }
        sb.append('\n').append("macro-F1 ").append(Num.three(ev.macroF1())).append(" primary-accuracy ")
                .append(Num.three(ev.primaryAccuracy())).append('\n');
        return sb.toString();
    }

    private static String labelText(List<String> themes, String primary) {
        return (themes.isEmpty() ? "none" : String.join(",", themes)) + " (" + primary + ")";
    }

}
