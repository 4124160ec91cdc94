package org.policylens.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * Everything computed for one group variable: pooled measures per group ({@code groups_long.csv}, rows'
 * subject = group value) and the tests. {@code notes} explains every test that was skipped or every
 * theme/group left out (e.g. "single group: no test", "theme ecology has no units: dropped").
 */
public record GroupResults(String groupBy, List<MeasureRow> groups, List<ChiSquareRow> chiSquare,
                           List<ResidualRow> residuals, List<PairwiseRow> pairwise, List<JsdRow> jsd,
                           List<TrendRow> trend, List<RobustnessRow> robustness, List<String> notes) {

    public GroupResults {
        Objects.requireNonNull(groupBy, "groupBy");
        groups = List.copyOf(groups);
        chiSquare = List.copyOf(chiSquare);
        residuals = List.copyOf(residuals);
        pairwise = List.copyOf(pairwise);
        jsd = List.copyOf(jsd);
        trend = List.copyOf(trend);
        robustness = List.copyOf(robustness);
        notes = List.copyOf(notes);
    }
}
