package org.policylens.rules;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policylens.rules.lint.ExampleCheck;
import org.policylens.rules.pack.ExampleDef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of every builtin pack (and of the fixed test pack) must pass. */
class PackExamplesTest {

    @TestFactory
    Stream<DynamicContainer> examplesOfEveryPackPass() {
        List<RulePack> packs = new ArrayList<>();
        for (String name : RulePack.builtinNames()) packs.add(RulePack.builtin(name));
        packs.add(TestPacks.mini());
        return packs.stream().map(p -> DynamicContainer.dynamicContainer(p.name(),
                p.definition().examples().stream().map(x -> example(p, x))));
    }

    private static DynamicTest example(RulePack p, ExampleDef x) {
        return DynamicTest.dynamicTest(x.location().line() + ": " + x.text(), () -> {
            ExampleCheck.Result r = ExampleCheck.check(x, p.classifier());
            assertTrue(r.passed(), () -> x.location() + ": " + String.join("; ", r.problems()) + "; evidence "
                    + r.labels().evidence());
        });
    }
}
