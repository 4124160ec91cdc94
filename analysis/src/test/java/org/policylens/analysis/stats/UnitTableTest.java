package org.policylens.analysis.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.policylens.analysis.stats.Observations.THEMES;

/** The columnar input gives the same document as the list of observations, and checks the same things. */
class UnitTableTest {

    private static final EmphasisStats STATS = new EmphasisStats(THEMES, StatsOptions.DEFAULT);

    /** {@link EmphasisStatsTest#fiveUnits()} as a table; themes given out of pack order and one twice. */
    private static UnitTable fiveUnits() {
        UnitTable t = new UnitTable("doc", THEMES, 2); // grows past its first guess
        t.add("review", 20, 10, List.of("livelihood", "economy", "livelihood"), "economy", 1.0);
        t.hits("economy", 2);
        t.hit("livelihood");
        t.add("review", 10, 5, List.of("ecology"), "ecology", 0);
        t.hit("ecology");
        t.add("plan", 30, 12, List.of("economy"), "economy", 2.0);
        t.hit("economy");
        t.hit("economy");
        t.hit("economy");
        t.add("plan", 40, 20, List.of(), "none", 0);
        t.add("other", 5, 2, List.of(), "none", 0);
        t.hit("innovation");
        return t;
    }

    @Test
    void tableGivesTheSameRowsAndSummaryAsObservations() {
        DocumentStats fromList = STATS.document("doc", EmphasisStatsTest.fiveUnits());
        DocumentStats fromTable = STATS.document(fiveUnits());
        assertEquals(fromList.rows(), fromTable.rows());
        for (PartScope p : PartScope.values()) {
            assertEquals(fromList.summary().units(p), fromTable.summary().units(p));
            assertEquals(fromList.summary().chars(p), fromTable.summary().chars(p));
            assertEquals(fromList.summary().words(p), fromTable.summary().words(p));
            assertEquals(fromList.summary().unitsWithoutTheme(p), fromTable.summary().unitsWithoutTheme(p));
        }
    }

    @Test
    void unknownThemeNamesTheDocumentAndUnit() {
        UnitTable t = new UnitTable("doc-x", THEMES, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> t.add("plan", 3, 1, List.of("defence"), "defence", 0));
        assertEquals("doc-x: unit 0: theme defence is not in the theme set [economy, innovation, ecology, livelihood]",
                e.getMessage());
    }

    @Test
    void primaryMustBeAmongTheThemes() {
        UnitTable t = new UnitTable("doc", THEMES, 1);
        assertThrows(IllegalArgumentException.class, () -> t.add("plan", 3, 1, List.of("ecology"), "economy", 0));
    }

    @Test
    void hitsNeedAUnit() {
        assertThrows(IllegalStateException.class, () -> new UnitTable("doc", THEMES, 1).hit("economy"));
    }

    @Test
    void hitByIndexAndIdsNotSharedWithThePackGiveTheSameDocument() {
        // theme ids as fresh strings (not the set's own instances), a set and a non-random-access list of themes,
        // and hits by index: the identity shortcut and the index path must not change anything
        UnitTable t = new UnitTable("doc", THEMES, 2);
        t.add("review", 20, 10, new java.util.LinkedList<>(List.of(new String("livelihood"), "economy", "livelihood")),
                new String("economy"), 1.0);
        t.hit(THEMES.indexOf("economy"));
        t.hit(THEMES.indexOf("economy"));
        t.hit(new String("livelihood"));
        t.add("review", 10, 5, java.util.Set.of("ecology"), "ecology", 0);
        t.hit(THEMES.indexOf("ecology"));
        t.add("plan", 30, 12, List.of(new String("economy")), "economy", 2.0);
        t.hits(new String("economy"), 3);
        t.add("plan", 40, 20, List.of(), "none", 0);
        t.add("other", 5, 2, List.of(), "none", 0);
        t.hit("innovation");
        assertEquals(STATS.document(fiveUnits()).rows(), STATS.document(t).rows());
    }

    @Test
    void hitByIndexChecksTheIndexAndNeedsAUnit() {
        assertThrows(IllegalStateException.class, () -> new UnitTable("doc", THEMES, 1).hit(0));
        UnitTable t = new UnitTable("doc", THEMES, 1);
        t.add("plan", 3, 1, List.of(), "none", 0);
        assertThrows(IllegalArgumentException.class, () -> t.hit(THEMES.size()));
        assertThrows(IllegalArgumentException.class, () -> t.hit(-1));
    }
}
