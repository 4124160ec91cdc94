package org.policylens.analysis.perf;

import org.policylens.analysis.eval.GoldSet;
import org.policylens.analysis.eval.GoldUnit;
import java.nio.file.Files;
import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.Match;
import org.policylens.rules.RulePack;
import org.policylens.rules.text.TextNormalizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Dumps, for every unit of labelled sets, its gold labels and the surviving matches of a pack (rule, theme,
 * start, weight): the input of offline studies of the decision (weights, thresholds) that need no re-matching.
 * Usage: {@code MatchDump PACK FILE.tsv...}; one line per unit, tab-separated: set, id, file, gold themes,
 * gold primary, predicted themes, predicted primary, the normalised text (match offsets index it), matches as {@code rule|theme|start|weight|text} joined by spaces.
 */
public final class MatchDump {

    private MatchDump() {
    }

    public static void main(String[] args) throws IOException {
        RulePack p = RulePack.resolve(args[0]);
        Classifier c = p.classifier();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (int i = 1; i < args.length; i++) {
            Path f = Path.of(args[i]);
            String set = f.getFileName().toString().replaceAll("\\.tsv$", "");
            for (GoldUnit u : GoldSet.parse(f.toString(), Files.readAllLines(f, StandardCharsets.UTF_8))) {
                String text = TextNormalizer.normalize(u.text()).strip();
                Labels l = c.classify(text);
                StringBuilder sb = new StringBuilder();
                sb.append(set).append('\t').append(u.id()).append('\t').append(u.file()).append('\t')
                        .append(u.themes().isEmpty() ? "none" : String.join(",", u.themes())).append('\t')
                        .append(u.primary()).append('\t').append(l.themesText()).append('\t').append(l.primary()).append('\t')
                        .append(text.replace('\t', ' ')).append('\t');
                boolean firstMatch = true;
                for (Match m : l.evidence()) {
                    if (!firstMatch) sb.append(' ');
                    firstMatch = false;
                    sb.append(m.ruleId()).append('|').append(m.theme()).append('|').append(m.start()).append('|').append(m.weight()).append('|').append(m.text().replace(' ', '_').replace('|', '/'));
                }
                out.println(sb);
            }
        }
        out.flush();
    }
}
