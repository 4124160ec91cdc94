package org.policylens.rules.pack;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** One pack file as written, before {@code extends} and merging. */
record Fragment(String file, Location location, Optional<String> name, Optional<String> version,
                Optional<String> language, Optional<String> description, Optional<YamlMap.Located> extendsRef,
                OptionalDouble threshold, OptionalDouble secondaryRatio, OptionalDouble secondaryKeepWeight,
                OptionalDouble secondaryKeepScore, OptionalDouble secondaryKeepFloor, OptionalDouble primaryClauseVotes, List<ThemePart> themes, List<ExclusionDef> exclusions,
                List<YamlMap.Located> dropExclusions, List<HeadingDef> headings, List<IntensifierDef> intensifiers,
                List<ExampleDef> examples, List<YamlMap.Located> dropExamples) {

    /** A theme entry as written: a new theme, or additions to / removals from an inherited one. */
    record ThemePart(String id, Location location, Optional<String> labelZh, Optional<String> labelEn,
                     Optional<String> color, OptionalDouble threshold, Optional<String> note, List<RuleDef> rules,
                     List<YamlMap.Located> dropRules, List<YamlMap.Located> dropTerms) {
    }
}
