package org.policylens.analysis.output;

import org.policylens.charts.Palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Theme order, labels and colours for drawing, in pack order. The rule pack is the source of truth; until the
 * rules module exposes {@code RulePack.builtin(name).themes()}, {@link #builtin()} holds the default pack's four themes
 * (the same ids, labels and Okabe-Ito colours as zh-policy.yaml). Ids not in the table get a fallback colour and their
 * id as label; {@code none} is always grey.
 */
public final class ThemeTable {
    public static final String NONE = "none";
    private static final ThemeStyle NONE_STYLE = new ThemeStyle(NONE, "无主题", "None", Palette.NONE);

    private final Map<String, ThemeStyle> themes;

    public ThemeTable(List<ThemeStyle> themes) {
        this.themes = new LinkedHashMap<>();
        for (ThemeStyle t : themes) {
            if (this.themes.put(t.id(), t) != null) throw new IllegalArgumentException("duplicate theme " + t.id());
        }
    }

    /** The default pack's themes: economy 经济, innovation 创新, ecology 生态, livelihood 民生. */
    public static ThemeTable builtin() {
        return new ThemeTable(List.of(
                new ThemeStyle("economy", "经济", "Economy", "#0072B2"),
                new ThemeStyle("innovation", "创新", "Innovation", "#E69F00"),
                new ThemeStyle("ecology", "生态", "Ecology", "#009E73"),
                new ThemeStyle("livelihood", "民生", "Livelihood", "#CC79A7")));
    }

    /** The table for a rule pack named in run.json (today: the built-in table for any name). */
    public static ThemeTable forPack(String packName) {
        return builtin();
    }

    /** The style of a theme id; unknown ids get a stable fallback colour after the known themes. */
    public ThemeStyle style(String id) {
        if (NONE.equals(id)) return NONE_STYLE;
        ThemeStyle t = themes.get(id);
        if (t != null) return t;
        int extra = Math.abs(id.hashCode()) % 4;
        return new ThemeStyle(id, id, id, Palette.fallback(themes.size() + extra));
    }

    /** Sorts theme ids into pack order (unknown ids after, alphabetically; {@code none} last). */
    public List<String> order(java.util.Collection<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : themes.keySet()) if (ids.contains(id)) out.add(id);
        ids.stream().filter(id -> !themes.containsKey(id) && !NONE.equals(id)).sorted().forEach(out::add);
        if (ids.contains(NONE)) out.add(NONE);
        return out;
    }
}
