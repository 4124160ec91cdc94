package org.policylens.charts;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes one example of each chart kind to target/chart-examples (to look at; the assertions live elsewhere). */
class ExamplesRenderTest {
    @Test
    void writesOneExampleOfEachKind() throws Exception {
        Path dir = Path.of("target", "chart-examples");
        Map<String, Figure> figs = new LinkedHashMap<>();
        figs.put("distribution", Charts.distribution(Examples.distribution()));
        figs.put("donut", Charts.donut(Examples.distribution()));
        figs.put("review-plan", Charts.groupedBars(Examples.reviewPlan()));
        figs.put("grouped", Charts.groupedBars(Examples.byCity()));
        figs.put("stacked100", Charts.stacked100(Examples.byCity()));
        figs.put("heatmap-residuals", Charts.heatmap(Examples.residuals()));
        figs.put("heatmap-shares", Charts.heatmap(Examples.shares()));
        figs.put("radar", Charts.radar(Examples.radar()));
        figs.put("trend", Charts.trend(Examples.trend()));
        figs.put("small-multiples", Examples.smallMultiples());
        for (var e : figs.entrySet()) {
            for (Path p : e.getValue().save(dir.resolve(e.getKey()), EnumSet.allOf(Format.class), 96)) {
                org.junit.jupiter.api.Assertions.assertTrue(Files.size(p) > 1000, p.toString());
            }
        }
    }
}
