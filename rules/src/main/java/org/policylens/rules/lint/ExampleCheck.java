package org.policylens.rules.lint;

import org.policylens.rules.Classifier;
import org.policylens.rules.Labels;
import org.policylens.rules.pack.ExampleDef;
import org.policylens.rules.pack.PackDef;
import org.policylens.rules.text.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Runs a pack's {@code examples:} through its classifier and says which ones fail and how. */
public final class ExampleCheck {

    private ExampleCheck() {
    }

    /** One example's outcome; {@code problems} is empty when it passed. */
    public record Result(ExampleDef example, Labels labels, List<String> problems) {
        public Result {
            Objects.requireNonNull(example, "example");
            Objects.requireNonNull(labels, "labels");
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public static List<Result> run(PackDef pack, Classifier classifier) {
        List<Result> out = new ArrayList<>();
        for (ExampleDef x : pack.examples()) out.add(check(x, classifier));
        return out;
    }

    public static Result check(ExampleDef x, Classifier classifier) {
        Labels l = classifier.classify(TextNormalizer.normalize(x.text()).strip(), x.section());
        List<String> problems = new ArrayList<>();
        if (!new LinkedHashSet<>(l.themes()).equals(new LinkedHashSet<>(x.themes())))
            problems.add("themes: expected " + show(x.themes()) + ", got " + show(l.themes()));
        if (x.primary().isPresent() && !x.primary().get().equals(l.primary()))
            problems.add("primary: expected " + x.primary().get() + ", got " + l.primary());
        for (String t : x.not()) {
            if (l.themes().contains(t)) problems.add("must not be " + t);
        }
        return new Result(x, l, problems);
    }

    private static String show(List<String> themes) {
        return themes.isEmpty() ? "none" : String.join(",", themes);
    }
}
