package org.policylens.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each statistic against reference values computed independently in R 4.2.2 (Debian r-base-core). The R call
 * and its printed output are next to each expected value; the scripts are in src/test/resources/stats/ref.R.
 */
class ReferenceStatisticsTest {

    private static final double EPS = 1e-12;

    @Test
    void wilsonMatchesHandFormulaInR() {
        // R: wilson <- function(k, n, z=qnorm(0.975)) { p <- k/n; c <- (p + z^2/(2*n))/(1+z^2/n);
        //      h <- z/(1+z^2/n)*sqrt(p*(1-p)/n + z^2/(4*n^2)); c(c-h, c+h) }
        // wilson(7,50)  -> 0.0695083342701629 0.2618619371058554
        Interval i = Wilson.interval(7, 50);
        assertEquals(0.0695083342701629, i.lower(), EPS);
        assertEquals(0.2618619371058554, i.upper(), EPS);
    }

    @Test
    void wilsonAtZeroAndAtN() {
        // wilson(0,10) -> 2.77555756156289e-17 2.77532799862889e-01 ; wilson(10,10) -> 0.722467200137111 1
        assertEquals(0, Wilson.interval(0, 10).lower(), EPS);
        assertEquals(0.277532799862889, Wilson.interval(0, 10).upper(), EPS);
        assertEquals(0.722467200137111, Wilson.interval(10, 10).lower(), EPS);
        assertEquals(1, Wilson.interval(10, 10).upper(), EPS);
    }

    @Test
    void wilsonZIsQnorm975() {
        // R: qnorm(0.975) -> 1.95996398454005
        assertEquals(1.95996398454005, Wilson.Z95, 1e-14);
    }

    /** R: x <- matrix(c(30,12,8,20, 25,18,15,10, 10,5,22,14), nrow=3, byrow=TRUE); t <- chisq.test(x) */
    static final long[][] TABLE = {{30, 12, 8, 20}, {25, 18, 15, 10}, {10, 5, 22, 14}};

    @Test
    void chiSquareStatisticDfAndP() {
        // t$statistic 25.2623311982136 ; t$parameter 6 ; t$p.value 0.000305296289551595
        ChiSquareTable t = new ChiSquareTable(TABLE);
        assertEquals(25.2623311982136, t.statistic, 1e-10);
        assertEquals(6, t.df);
        assertEquals(0.000305296289551595, t.p, 1e-15);
        assertEquals(189, t.n);
    }

    @Test
    void cramersV() {
        // sqrt(t$statistic/(sum(x)*(min(dim(x))-1))) -> 0.258518014877954
        assertEquals(0.258518014877954, new ChiSquareTable(TABLE).cramersV, 1e-12);
    }

    @Test
    void expectedCounts() {
        // t$expected row 1: 24.0740740740741 12.96296296296296 16.6666666666667 16.2962962962963
        assertArrayEquals(new double[] {24.0740740740741, 12.96296296296296, 16.6666666666667, 16.2962962962963},
                new ChiSquareTable(TABLE).expected[0], 1e-12);
    }

    @Test
    void adjustedStandardisedResiduals() {
        // t$stdres
        // [1,]  1.879138987360935 -0.373409537859031 -3.06503046717417  1.320067388017183
        // [2,]  0.514891922791275  2.109795072968618 -0.42362226285316 -2.091004732440912
        // [3,] -2.601079428144705 -1.874956404980289  3.79255268682624  0.824749354973261
        double[][] r = new ChiSquareTable(TABLE).adjustedResidual;
        assertArrayEquals(new double[] {1.879138987360935, -0.373409537859031, -3.06503046717417, 1.320067388017183}, r[0], 1e-12);
        assertArrayEquals(new double[] {0.514891922791275, 2.109795072968618, -0.42362226285316, -2.091004732440912}, r[1], 1e-12);
        assertArrayEquals(new double[] {-2.601079428144705, -1.874956404980289, 3.79255268682624, 0.824749354973261}, r[2], 1e-12);
    }

    @Test
    void residualPIsTwoSidedNormal() {
        // 2*pnorm(-abs(t$stdres))[3,3] -> 0.000149106601697924 ; [1,1] -> 0.06022551787586695
        assertEquals(0.000149106601697924, Tests2x2.normalTwoSidedP(3.79255268682624), 1e-15);
        assertEquals(0.06022551787586695, Tests2x2.normalTwoSidedP(1.879138987360935), 1e-14);
    }

    @Test
    void twoProportionZMatchesPropTestWithoutCorrection() {
        // R: pt <- prop.test(c(45,30), c(120,130), correct=FALSE); pt$statistic 6.18131868131868 (= z^2);
        //    pt$p.value 0.0129106022703377 ; z by hand: p <- 75/250; (45/120-30/130)/sqrt(p*(1-p)*(1/120+1/130))
        //    -> 2.48622579049423
        double z = Tests2x2.zStatistic(45, 120, 30, 130);
        assertEquals(2.48622579049423, z, 1e-12);
        assertEquals(6.18131868131868, z * z, 1e-11);
        assertEquals(0.0129106022703377, Tests2x2.normalTwoSidedP(z), 1e-14);
    }

    @Test
    void fisherSmallTable() {
        // R: fisher.test(matrix(c(3,9,17,9),2))$p.value -> 0.0353882406162718   (3/20 vs 9/18)
        assertEquals(0.0353882406162718, Tests2x2.fisherTwoSided(3, 17, 9, 9), 1e-12);
    }

    @Test
    void fisherWithZeroCell() {
        // R: fisher.test(matrix(c(1,0,9,12),2))$p.value -> 0.454545454545455   (1/10 vs 0/12)
        assertEquals(0.454545454545455, Tests2x2.fisherTwoSided(1, 9, 0, 12), 1e-12);
    }

    @Test
    void fisherAsymmetricTable() {
        // R: fisher.test(matrix(c(2,10,38,25),2))$p.value -> 0.00946318967506639   (2/40 vs 10/35)
        assertEquals(0.00946318967506639, Tests2x2.fisherTwoSided(2, 38, 10, 25), 1e-12);
    }

    @Test
    void fisherLargeCounts() {
        // R: fisher.test(matrix(c(120,95,780,905),2))$p.value -> 0.00900966089066497   (120/900 vs 95/1000)
        assertEquals(0.00900966089066497, Tests2x2.fisherTwoSided(120, 780, 95, 905), 1e-10);
    }

    @Test
    void holmAdjustment() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") -> 0.040 0.090 0.090 0.025 0.200
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.025, 0.2},
                Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.2}), 1e-15);
    }

    @Test
    void holmWithTies() {
        // R: p.adjust(c(0.02, 0.02, 0.5), "holm") -> 0.06 0.06 0.50
        assertArrayEquals(new double[] {0.06, 0.06, 0.5}, Holm.adjust(new double[] {0.02, 0.02, 0.5}), 1e-15);
    }

    @Test
    void olsSlopeIntervalAndP() {
        // R: xx <- c(2019,2020,2021,2022,2023); yy <- c(0.21,0.25,0.24,0.30,0.33); m <- lm(yy~xx)
        //    coef: xx 0.0290000000000036 ; confint: xx 0.0114724524607021 0.046527547539305
        //    summary(m)$coefficients["xx","Pr(>|t|)"] 0.0133492093602133
        Regression r = new Regression(new double[] {2019, 2020, 2021, 2022, 2023},
                new double[] {0.21, 0.25, 0.24, 0.30, 0.33});
        assertEquals(0.029, r.slope, 1e-10);
        assertEquals(0.0114724524607021, r.lower, 1e-9);
        assertEquals(0.046527547539305, r.upper, 1e-9);
        assertEquals(0.0133492093602133, r.p, 1e-9);
    }

    @Test
    void olsWithThreeUnevenYears() {
        // R: xx <- c(2020,2021,2023); yy <- c(10,12,11); m <- lm(yy~xx)
        //    coef xx 0.214285714285685 ; confint xx -7.64564006229622 8.07421149086759 ; Pr(>|t|) 0.787704384990393
        Regression r = new Regression(new double[] {2020, 2021, 2023}, new double[] {10, 12, 11});
        assertEquals(0.214285714285685, r.slope, 1e-9);
        assertEquals(-7.64564006229622, r.lower, 1e-7);
        assertEquals(8.07421149086759, r.upper, 1e-7);
        assertEquals(0.787704384990393, r.p, 1e-9);
    }

    @Test
    void olsExactFitHasNoP() {
        Regression r = new Regression(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertEquals(2, r.slope, 1e-12);
        assertTrue(r.exactFit);
        assertTrue(Double.isNaN(r.p));
    }

    @Test
    void spearmanWithTies() {
        // R: cor(c(1,2,2,4,5,7), c(3,1,4,4,9,8), method="spearman") -> 0.808823529411765
        assertEquals(0.808823529411765,
                Spearman.rho(new double[] {1, 2, 2, 4, 5, 7}, new double[] {3, 1, 4, 4, 9, 8}), 1e-12);
    }

    @Test
    void spearmanFourGroups() {
        // R: cor(c(0.3,0.1,0.25,0.4), c(12,3,14,20), method="spearman") -> 0.8
        assertEquals(0.8, Spearman.rho(new double[] {0.3, 0.1, 0.25, 0.4}, new double[] {12, 3, 14, 20}), 1e-12);
    }

    @Test
    void spearmanOfConstantRankingIsUndefined() {
        assertTrue(Double.isNaN(Spearman.rho(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    }

    @Test
    void percentileIntervalIsRType7() {
        // R: v <- c(5, 1, 4, 2, 3, 9, 7, 6, 8, 10, 0.5); quantile(v, c(0.025, 0.975), type=7) -> 0.625 9.750
        double[] v = {5, 1, 4, 2, 3, 9, 7, 6, 8, 10, 0.5};
        Interval i = Quantiles.percentile(v, v.length, 0.05);
        assertEquals(0.625, i.lower(), 1e-12);
        assertEquals(9.75, i.upper(), 1e-12);
    }

    @Test
    void jensenShannonDistance() {
        // R: jsd <- function(a,b){P<-a/sum(a);Q<-b/sum(b);M<-(P+Q)/2;kl<-function(p,m){s<-p>0;sum(p[s]*log2(p[s]/m[s]))};
        //      sqrt(0.5*kl(P,M)+0.5*kl(Q,M))}
        //    jsd(x[1,],x[2,]) -> 0.193975679269828 ; jsd(x[1,],x[3,]) -> 0.331928108319402
        assertEquals(0.193975679269828, JensenShannon.distance(TABLE[0], TABLE[1]), 1e-12);
        assertEquals(0.331928108319402, JensenShannon.distance(TABLE[0], TABLE[2]), 1e-12);
    }

    @Test
    void jensenShannonOfDisjointProfilesIsOne() {
        // textbook: disjoint supports give JSD = 1 bit; R jsd(c(5,0),c(0,3)) -> 1
        assertEquals(1, JensenShannon.distance(new long[] {5, 0}, new long[] {0, 3}), 1e-12);
    }

    @Test
    void jensenShannonOfIdenticalProfilesIsZero() {
        assertEquals(0, JensenShannon.distance(new long[] {2, 4, 6}, new long[] {1, 2, 3}), 1e-12);
    }
}
