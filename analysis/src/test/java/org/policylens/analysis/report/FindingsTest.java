package org.policylens.analysis.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsTest {
    @TempDir
    Path tmp;

    private final Findings findings = new Findings(ReportThemes.resolve(
            List.of("economy", "innovation", "ecology", "livelihood"), List.of()));

    private CsvTable csv(String text) throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.writeString(f, text);
        return CsvTable.read(f);
    }

    @Test
    void significantResidualSaysMoreWeight() throws IOException {
        List<Finding> f = findings.residuals(csv("group_by,part,group,theme,observed,expected,residual,p\n"
                + "city,all,shanghai,ecology,40,19.4,3.1,0.0019\n"));
        assertEquals("shanghai gives ecology (生态) significantly more weight than the other city groups (whole report):"
                + " residual +3.1, p < 0.01 (Holm); 40 observed units, 19.4 expected.".replace("40 observed units", "40 units observed"),
                f.get(0).text());
        assertTrue(f.get(0).notable());
    }

    @Test
    void residualsAreHolmCorrectedWithinTheirFamily() throws IOException {
        // alone p = 0.03 would pass; with three cells in the family Holm gives 0.09
        List<Finding> f = findings.residuals(csv("group_by,part,group,theme,observed,expected,residual,p\n"
                + "city,plan,a,ecology,9,5,2.2,0.03\ncity,plan,b,ecology,1,5,-0.4,0.7\ncity,plan,c,economy,5,5,0.1,0.9\n"));
        assertFalse(f.get(0).notable(), f.get(0).text());
        assertTrue(f.get(0).text().contains("p = 0.09 (Holm)"), f.get(0).text());
    }

    @Test
    void pairwiseUsesItsOwnHolmColumnAndDirection() throws IOException {
        List<Finding> f = findings.pairwise(csv("group_by,part,theme,group_a,group_b,share_a,share_b,test,statistic,p,p_holm,significant\n"
                + "city,plan,ecology,guowuyuan,shanghai,0.1,0.25,two-proportion z,-2.9,0.004,0.012,true\n"));
        assertEquals("In the plans, guowuyuan gives ecology (生态) significantly less weight than shanghai: 10.0% vs 25.0%"
                + " (two-proportion z; Holm-corrected p = 0.012).", f.get(0).text());
    }

    @Test
    void chiSquareNotSignificantSaysSoAndKeepsTheNote() throws IOException {
        List<Finding> f = findings.chisq(csv("group_by,part,statistic,df,p,cramers_v,n,note\n"
                + "year,review,2.1,4,0.72,0.12,70,small expected counts\n"));
        assertEquals("The mix of themes in the review of past work does not differ significantly between year groups:"
                + " \u03c7\u00b2(4) = 2.1, p = 0.72, Cram\u00e9r's V = 0.12 (n = 70 units). Note: small expected counts.",
                f.get(0).text());
        assertFalse(f.get(0).notable());
    }

    @Test
    void shareTrendIsInPercentagePointsPerYear() throws IOException {
        List<Finding> f = findings.trend(csv("group_by,group,part,theme,measure,n_years,slope,lower,upper,p\n"
                + "city,hailaer,all,ecology,units_any_share,8,-0.012,-0.02,-0.004,0.003\n"));
        assertEquals("In hailaer, the share of units touching the theme of ecology (生态) fell by 1.2 percentage points"
                + " a year over 8 years (whole report; 95% CI \u22122 to \u22120.4; p < 0.01, Holm).", f.get(0).text());
    }

    @Test
    void jsdNamesTheMostAndLeastDifferentPairs() throws IOException {
        List<Finding> f = findings.jsd(csv("group_by,part,group_a,group_b,distance\n"
                + "city,all,a,b,0.1\ncity,all,a,c,0.3\ncity,all,b,c,0.05\n"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).text().contains(": a and c, Jensen\u2013Shannon distance 0.30"), f.get(0).text());
        assertTrue(f.get(0).text().endsWith("Most similar: b and c (0.05)."), f.get(0).text());
    }

    @Test
    void weakRankAgreementIsAWarning() throws IOException {
        List<Finding> f = findings.robustness(csv("group_by,part,theme,measure_a,measure_b,spearman_rho,n\n"
                + "city,all,economy,units_primary_share,hits_per_10k_chars,0.4,12\n"));
        assertTrue(f.get(0).notable());
        assertTrue(f.get(0).text().endsWith("gives different orders (Spearman \u03c1 = 0.40, n = 12): read results for"
                + " this theme with care."), f.get(0).text());
    }
}
