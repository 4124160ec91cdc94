package org.policylens.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of predicted labels with a gold set: per-theme precision, recall and F1 (multi-label set
 * membership), macro-F1 over the four core themes, primary accuracy and the primary confusion matrix.
 */
public final class Evaluation {

    /** The themes macro-F1 averages over (the codebook's four). */
    public static final List<String> CORE = List.of("economy", "innovation", "ecology", "livelihood");

    /** One unit's gold and predicted labels, with a one-line evidence summary. */
    public record Outcome(GoldUnit gold, List<String> themes, String primary, String evidence) {
        public Outcome {
            Objects.requireNonNull(gold, "gold");
            themes = List.copyOf(themes);
            Objects.requireNonNull(primary, "primary");
            Objects.requireNonNull(evidence, "evidence");
        }

        public boolean correct() {
            return new LinkedHashSet<>(themes).equals(new LinkedHashSet<>(gold.themes())) && primary.equals(gold.primary());
        }
    }

    /** Counts for one theme. */
    public record ThemeScore(String theme, int gold, int predicted, int truePositives) {
        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<String> themes;
    private final List<Outcome> outcomes;

    /** {@code themes}: the pack's themes in order (gold themes outside the pack are appended). */
    public Evaluation(List<String> themes, List<Outcome> outcomes) {
        LinkedHashSet<String> all = new LinkedHashSet<>(themes);
        for (Outcome o : outcomes) all.addAll(o.gold().themes());
        this.themes = List.copyOf(all);
        this.outcomes = List.copyOf(outcomes);
    }

    public List<String> themes() {
        return themes;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public List<ThemeScore> perTheme() {
        List<ThemeScore> out = new ArrayList<>();
        for (String t : themes) {
            int g = 0, p = 0, tp = 0;
            for (Outcome o : outcomes) {
                boolean inGold = o.gold().themes().contains(t);
                boolean inPred = o.themes().contains(t);
                if (inGold) g++;
                if (inPred) p++;
                if (inGold && inPred) tp++;
            }
            out.add(new ThemeScore(t, g, p, tp));
        }
        return out;
    }

    /** Mean F1 of the four core themes. */
    public double macroF1() {
        return perTheme().stream().filter(s -> CORE.contains(s.theme())).mapToDouble(ThemeScore::f1).sum() / CORE.size();
    }

    public double primaryAccuracy() {
        if (outcomes.isEmpty()) return 0;
        long ok = outcomes.stream().filter(o -> o.primary().equals(o.gold().primary())).count();
        return (double) ok / outcomes.size();
    }

    /** Labels of the confusion matrix: the themes then {@code none}. */
    public List<String> confusionLabels() {
        List<String> l = new ArrayList<>(themes);
        l.add("none");
        return l;
    }

    /** counts[gold][predicted] over {@link #confusionLabels()}. */
    public int[][] confusion() {
        List<String> labels = confusionLabels();
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) idx.put(labels.get(i), i);
        int[][] m = new int[labels.size()][labels.size()];
        for (Outcome o : outcomes) {
            Integer g = idx.get(o.gold().primary());
            Integer p = idx.get(o.primary());
            if (g != null && p != null) m[g][p]++;
        }
        return m;
    }

    public List<Outcome> misclassified() {
        return outcomes.stream().filter(o -> !o.correct()).toList();
    }
}
