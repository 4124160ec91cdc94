package org.policylens.charts;

import java.util.List;

/** Example chart data (made-up numbers of the shape compare writes), shared by the tests. */
final class Examples {
    static final List<String> THEMES = List.of("经济", "创新", "生态", "民生");
    static final List<String> COLORS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7");
    static final List<String> CITIES = List.of("北京", "上海", "广州", "深圳", "全国");

    private Examples() {
    }

    static Distribution distribution() {
        return new Distribution(ChartText.of(Titles.title(Lang.ZH, "上海 2024", "各主题句子占比：按主要主题",
                Titles.intervalNote(Lang.ZH, "Wilson"))).axes("主题", "句子占比").percent(), List.of(
                new Bar("经济", "#0072B2", 0.38, 0.33, 0.43),
                new Bar("创新", "#E69F00", 0.21, 0.17, 0.25),
                new Bar("生态", "#009E73", 0.09, 0.065, 0.125),
                new Bar("民生", "#CC79A7", 0.24, 0.20, 0.285),
                new Bar("无主题", Palette.NONE, 0.08, 0.06, 0.11)));
    }

    static CategoryData reviewPlan() {
        return new CategoryData(ChartText.of("上海 2024：回顾与计划中各主题句子占比").axes("", "句子占比").percent(),
                List.of("回顾", "计划"), List.of(
                Series.of("经济", "#0072B2", List.of(0.41, 0.33)),
                Series.of("创新", "#E69F00", List.of(0.18, 0.26)),
                Series.of("生态", "#009E73", List.of(0.08, 0.11)),
                Series.of("民生", "#CC79A7", List.of(0.22, 0.27))));
    }

    static CategoryData byCity() {
        double[][] v = {{0.36, 0.22, 0.08, 0.25}, {0.38, 0.21, 0.09, 0.24}, {0.40, 0.17, 0.07, 0.26},
                {0.33, 0.30, 0.06, 0.22}, {0.35, 0.16, 0.11, 0.29}};
        List<Series> series = new java.util.ArrayList<>();
        for (int t = 0; t < THEMES.size(); t++) {
            List<Double> vals = new java.util.ArrayList<>();
            for (double[] row : v) vals.add(row[t]);
            series.add(Series.of(THEMES.get(t), COLORS.get(t), vals));
        }
        return new CategoryData(ChartText.of("各城市各主题句子占比（按主要主题）").axes("城市", "句子占比").percent(),
                CITIES, series);
    }

    static HeatmapData residuals() {
        return new HeatmapData(ChartText.of("城市 × 主题：卡方标准化残差（正=多于期望）").axes("主题", "城市").pattern("0.0"),
                CITIES, THEMES, List.of(
                List.of(0.4, 1.2, -0.8, -0.5), List.of(0.9, 0.6, -0.3, -1.1), List.of(1.8, -0.9, -1.5, 0.2),
                List.of(-1.2, 3.1, -2.0, -0.9), List.of(-0.7, -2.2, 2.4, 1.9)), true, "标准化残差");
    }

    static HeatmapData shares() {
        return new HeatmapData(ChartText.of("城市 × 主题：句子占比").axes("主题", "城市").percent(),
                CITIES, THEMES, List.of(
                List.of(0.36, 0.22, 0.08, 0.25), List.of(0.38, 0.21, 0.09, 0.24), List.of(0.40, 0.17, 0.07, 0.26),
                List.of(0.33, 0.30, 0.06, 0.22), List.of(0.35, 0.16, 0.11, 0.29)), false, "句子占比");
    }

    static CategoryData radar() {
        CategoryData c = byCity();
        List<Series> groups = new java.util.ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<Double> vals = new java.util.ArrayList<>();
            for (Series s : c.series()) vals.add(s.values().get(g));
            groups.add(Series.of(CITIES.get(g), Palette.group(g), vals));
        }
        return new CategoryData(ChartText.of("各城市主题轮廓：句子占比").percent(), THEMES, groups);
    }

    static TrendData trend() {
        List<Integer> years = List.of(2019, 2020, 2021, 2022, 2023, 2024);
        return new TrendData(ChartText.of(Titles.title(Lang.ZH, "上海", "各主题句子占比的年度变化",
                Titles.bandNote(Lang.ZH, "Wilson"))).axes("年份", "句子占比").percent(), years, List.of(
                new Series("经济", "#0072B2", List.of(0.40, 0.42, 0.39, 0.37, 0.36, 0.35),
                        List.of(0.35, 0.37, 0.34, 0.32, 0.31, 0.30), List.of(0.45, 0.47, 0.44, 0.42, 0.41, 0.40)),
                new Series("创新", "#E69F00", List.of(0.15, 0.16, 0.19, 0.21, 0.23, 0.25),
                        List.of(0.12, 0.13, 0.15, 0.17, 0.19, 0.21), List.of(0.19, 0.20, 0.23, 0.25, 0.27, 0.29)),
                new Series("生态", "#009E73", List.of(0.09, 0.08, 0.10, 0.09, 0.08, 0.09),
                        List.of(0.07, 0.06, 0.08, 0.07, 0.06, 0.07), List.of(0.12, 0.11, 0.13, 0.12, 0.11, 0.12)),
                Series.of("民生", "#CC79A7", List.of(0.25, 0.24, 0.23, 0.25, 0.26, 0.24))));
    }

    static List<Distribution> perCity() {
        List<Distribution> panels = new java.util.ArrayList<>();
        CategoryData c = byCity();
        for (int g = 0; g < CITIES.size(); g++) {
            List<Bar> bars = new java.util.ArrayList<>();
            for (Series s : c.series()) {
                double v = s.values().get(g);
                bars.add(new Bar(s.name(), s.color(), v, v - 0.04, v + 0.04));
            }
            panels.add(new Distribution(ChartText.of(CITIES.get(g)).percent(), bars));
        }
        return panels;
    }

    static GridFigure smallMultiples() {
        return Charts.smallMultiples("各城市各主题句子占比（按主要主题；误差线为 95% Wilson 区间）", perCity(), 3, true);
    }
}
