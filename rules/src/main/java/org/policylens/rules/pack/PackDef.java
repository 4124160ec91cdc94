package org.policylens.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fully resolved rule pack ({@code extends} applied), as data. {@link org.policylens.rules.RulePack} builds
 * the classifier from it; lint, test and audit read it.
 *
 * @param name         pack name
 * @param version      pack version
 * @param language     language code ({@code zh})
 * @param description  free text
 * @param threshold    default theme threshold
 * @param secondaryRatio a theme other than the primary enters the set only if its score is at least this share
 *                     of the primary's score; 0 = off, always below 1
 * @param secondaryKeepWeight a theme with one match of at least this weight stays in the set whatever
 *                     {@code secondaryRatio} says (a strong, specific term is never a passing mention); 0 = off
 * @param secondaryKeepScore a theme whose own score reaches this stays in the set below {@code secondaryRatio}
 *                     (several solid matches are not a passing mention), provided it has at least
 *                     {@code secondaryKeepFloor} of the primary's score; 0 = off
 * @param secondaryKeepFloor the least share of the primary's score for {@code secondaryKeepScore} to apply, in [0, 1)
 * @param primaryClauseVotes the codebook's "majority of the clauses" in choosing the primary: each clause (text up to
 *                     {@code ，；：。！？}) votes for the theme of the set with the most weight in it (a tie splits the
 *                     vote), and each vote adds this share of the top score to the theme's score; the highest total
 *                     is the primary; 0 = off (the highest score is the primary)
 * @param themes       themes in pack order
 * @param exclusions   theme-level exclusions
 * @param headings     heading priors
 * @param intensifiers emphasis words
 * @param examples     labelled example sentences
 * @param sources      the files read, parents first
 * @param sha256       hex SHA-256 of the source bytes, parents first
 */
public record PackDef(String name, String version, String language, String description, double threshold,
                      double secondaryRatio, double secondaryKeepWeight, double secondaryKeepScore, double secondaryKeepFloor,
                      double primaryClauseVotes,
                      List<ThemeDef> themes, List<ExclusionDef> exclusions, List<HeadingDef> headings,
                      List<IntensifierDef> intensifiers, List<ExampleDef> examples, List<String> sources,
                      String sha256) {
    public PackDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
        if (!(secondaryRatio >= 0 && secondaryRatio < 1))
            throw new IllegalArgumentException("secondaryRatio must be in [0, 1): " + secondaryRatio);
        if (!(secondaryKeepWeight >= 0 && Double.isFinite(secondaryKeepWeight)))
            throw new IllegalArgumentException("secondaryKeepWeight must be >= 0: " + secondaryKeepWeight);
        if (!(secondaryKeepScore >= 0 && Double.isFinite(secondaryKeepScore)))
            throw new IllegalArgumentException("secondaryKeepScore must be >= 0: " + secondaryKeepScore);
        if (!(secondaryKeepFloor >= 0 && secondaryKeepFloor < 1))
            throw new IllegalArgumentException("secondaryKeepFloor must be in [0, 1): " + secondaryKeepFloor);
        if (!(primaryClauseVotes >= 0 && Double.isFinite(primaryClauseVotes)))
            throw new IllegalArgumentException("primaryClauseVotes must be >= 0: " + primaryClauseVotes);
        themes = List.copyOf(themes);
        exclusions = List.copyOf(exclusions);
        headings = List.copyOf(headings);
        intensifiers = List.copyOf(intensifiers);
        examples = List.copyOf(examples);
        sources = List.copyOf(sources);
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Every rule, theme by theme in pack order. */
    public List<RuleDef> rules() {
        List<RuleDef> all = new ArrayList<>(); // a loop, not flatMap: no lambda class spun at start-up
        for (ThemeDef t : themes) all.addAll(t.rules());
        return all.stream().toList(); // the list class toList gave before
    }

    /** The rule with this id. */
    public Optional<RuleDef> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The theme with this id. */
    public Optional<ThemeDef> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
