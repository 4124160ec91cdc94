package org.policylens.analysis.ingest;

import java.util.List;

/**
 * Removes text that is not part of the report. A fixed chain of general rules, in this order: page
 * furniture of paged text, licence footers, site chrome and related-article lists, site notices,
 * inline newspaper noise, and finally a repeated title/opening at the end of a page.
 */
final class Cleaner {

    private static final List<CleaningRule> RULES = List.of(
            new PageFurnitureRule(),
            new LicenceFooterRule(),
            new SiteChromeRule(),
            new SiteNoticeRule(),
            new InlineNoiseRule(),
            new RepeatedOpeningRule());

    private Cleaner() {
    }

    /** The removals for a text, merged and in document order. */
    static List<Removal> clean(String text) {
        Removals removals = new Removals(new TextLines(text));
        for (CleaningRule rule : RULES) rule.apply(removals);
        return removals.toList();
    }

    /** Marks a removed character in the cleaned view: a noncharacter, never found in real text. */
    static final char REMOVED = '\uFFFF';

    /** The text with every removed character replaced by {@link #REMOVED} (offsets unchanged). */
    static char[] cleanedView(String text, List<Removal> removals) {
        char[] view = text.toCharArray();
        for (Removal r : removals) java.util.Arrays.fill(view, r.start(), r.end(), REMOVED);
        return view;
    }
}
