package org.policylens.rules.lint;

import org.junit.jupiter.api.Test;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleAuditTest {

    private static RuleAudit audit(String... units) {
        RulePack p = TestPacks.mini();
        RuleAudit a = new RuleAudit(p.definition(), p.classifier());
        for (String u : units) a.add(u);
        return a;
    }

    @Test
    void countsHitsPerRule() {
        RuleAudit a = audit("改善空气质量。", "改善空气质量，发展绿色产业。");
        RuleAudit.RuleCount c = a.rules().stream().filter(r -> r.rule().id().equals("ecology.terms")).findFirst().orElseThrow();
        assertEquals(3, c.hits());
        assertEquals(2, c.units());
        assertEquals(2, c.swallowed());
    }

    @Test
    void reportsTermSwallowedByLongerTerm() {
        RuleAudit.TermCount t = audit("改善空气质量。").swallowedTerms().get(0);
        assertEquals("空气", t.term());
        assertEquals(0, t.kept());
        assertEquals(1, t.swallowed());
        assertTrue(t.swallowedBy().contains("空气质量"), t.swallowedBy());
    }

    @Test
    void listsRulesThatNeverMatched() {
        assertTrue(audit("改善空气质量。").neverMatched().stream().anyMatch(r -> r.id().equals("economy.indicators")));
    }

    @Test
    void countsWordsOfUnitsWithNoTheme() {
        RuleAudit a = audit("加强城市管理。", "提升城市品质。");
        assertEquals(2, a.noneUnits());
        assertEquals(new RuleAudit.Phrase("城市", 2), a.topNonePhrases(1).get(0));
    }
}
