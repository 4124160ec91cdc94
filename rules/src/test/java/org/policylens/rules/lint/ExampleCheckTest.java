package org.policylens.rules.lint;

import org.junit.jupiter.api.Test;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExampleCheckTest {

    @Test
    void childPackFailsTheExampleItsDroppedExclusionProtected() {
        RulePack c = RulePack.load(TestPacks.path("child.yaml"));
        List<ExampleCheck.Result> failed = ExampleCheck.run(c.definition(), c.classifier()).stream()
                .filter(r -> !r.passed()).toList();
        assertEquals(1, failed.size());
        assertEquals("开辟绿色通道。", failed.get(0).example().text());
        assertEquals(List.of("themes: expected none, got ecology", "primary: expected none, got ecology"),
                failed.get(0).problems());
    }
}
