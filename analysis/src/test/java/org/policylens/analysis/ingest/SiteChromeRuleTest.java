package org.policylens.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The neighbour searches of {@link SiteChromeRule} (split out of its line loops in round 13). */
class SiteChromeRuleTest {

    @Test
    void previousAndNextNonBlankLineAsTheDownwardAndUpwardScans() {
        for (String text : new String[] {"a\n\n  \nb\n", "\n\n", "x", "\n  \n甲\n\n乙\n \n", "a\nb\nc"}) {
            TextLines lines = new TextLines(text);
            for (int i = 0; i < lines.count(); i++) {
                int p = i - 1;
                while (p >= 0 && lines.blank(p)) p--;
                int q = i + 1;
                while (q < lines.count() && lines.blank(q)) q++;
                assertEquals(p, SiteChromeRule.previousNonBlank(lines, i), text + " line " + i);
                assertEquals(q < lines.count() ? q : -1, SiteChromeRule.nextNonBlank(lines, i), text + " line " + i);
            }
        }
    }
}
