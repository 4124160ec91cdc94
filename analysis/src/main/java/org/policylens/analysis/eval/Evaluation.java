package org.policylens.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

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

    /**
     * A 95% percentile-bootstrap interval of macro-F1 and primary accuracy that resamples whole files (reports) with
     * replacement: the uncertainty of the figures for a NEW report, which is wider than resampling units, since units
     * of one report share its wording.
     */
    public record Interval(int files, int resamples, long seed, double macroF1Low, double macroF1High,
                           double primaryLow, double primaryHigh) {
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

    /**
     * {@link Interval} over the gold set's files, or empty with fewer than two files or no resamples. Deterministic:
     * the same outcomes, resamples and seed give the same interval. Each resample draws as many files as the set has,
     * adds up their per-theme counts and primary hits, and scores them like the whole set; the bounds are the 2.5th and
     * 97.5th percentiles of the resampled scores.
     */
    public Optional<Interval> intervalByFile(int resamples, long seed) {
        Map<String, Integer> fileIndex = new LinkedHashMap<>();
        for (Outcome o : outcomes) fileIndex.putIfAbsent(o.gold().file(), fileIndex.size());
        int files = fileIndex.size();
        if (files < 2 || resamples < 1) return Optional.empty();
        int k = CORE.size();
        // per file: gold, predicted and true-positive counts of each core theme, then primary hits and units
        int[][] counts = new int[files][3 * k + 2];
        for (Outcome o : outcomes) {
            int[] c = counts[fileIndex.get(o.gold().file())];
            for (int t = 0; t < k; t++) {
                boolean inGold = o.gold().themes().contains(CORE.get(t));
                boolean inPred = o.themes().contains(CORE.get(t));
                if (inGold) c[3 * t]++;
                if (inPred) c[3 * t + 1]++;
                if (inGold && inPred) c[3 * t + 2]++;
            }
            if (o.primary().equals(o.gold().primary())) c[3 * k]++;
            c[3 * k + 1]++;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] f1 = new double[resamples];
        double[] primary = new double[resamples];
        int[] sum = new int[3 * k + 2];
        for (int r = 0; r < resamples; r++) {
            java.util.Arrays.fill(sum, 0);
            for (int i = 0; i < files; i++) {
                int[] c = counts[random.nextInt(files)];
                for (int j = 0; j < sum.length; j++) sum[j] += c[j];
            }
            double macro = 0;
            for (int t = 0; t < k; t++) macro += new ThemeScore(CORE.get(t), sum[3 * t], sum[3 * t + 1], sum[3 * t + 2]).f1();
            f1[r] = macro / k;
            primary[r] = sum[3 * k + 1] == 0 ? 0 : (double) sum[3 * k] / sum[3 * k + 1];
        }
        return Optional.of(new Interval(files, resamples, seed, percentile(f1, 0.025), percentile(f1, 0.975),
                percentile(primary, 0.025), percentile(primary, 0.975)));
    }

    /** The {@code q} quantile of {@code values} (sorted in place), nearest rank. */
    static double percentile(double[] values, double q) {
        java.util.Arrays.sort(values);
        int rank = (int) Math.ceil(q * values.length);
        return values[Math.min(values.length - 1, Math.max(0, rank - 1))];
    }

    public List<Outcome> misclassified() {
        return outcomes.stream().filter(o -> !o.correct()).toList();
    }
}
