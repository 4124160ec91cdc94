package org.policylens.rules;

import org.junit.jupiter.api.Test;
import org.policylens.rules.pack.ExampleDef;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code classify} takes a faster path than {@code explain}; both must give the same labels. */
class ClassifyMatchesExplainTest {

    @Test
    void classifyGivesTheLabelsOfExplainOnEveryExample() {
        for (RulePack p : List.of(RulePack.builtin(), TestPacks.mini())) {
            Classifier c = p.classifier();
            for (ExampleDef x : p.definition().examples()) {
                assertEquals(c.explain(x.text(), List.of()).labels(), c.classify(x.text()), x.text());
            }
        }
    }

    @Test
    void classifyGivesTheLabelsOfExplainUnderAHeading() {
        Classifier c = RulePack.builtin().classifier();
        List<String> section = List.of("五、坚持生态优先，推动绿色低碳发展");
        String text = "加快推进城市更新，完善公共服务设施。";
        assertEquals(c.explain(text, section).labels(), c.classify(text, section));
    }
}
