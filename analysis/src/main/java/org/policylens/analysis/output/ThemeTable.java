package org.policylens.analysis.output;

import org.policylens.charts.Palette;
import org.policylens.rules.RulePack;
import org.policylens.rules.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Theme order, labels and colours for drawing, in pack order. The rule pack is the source of truth
 * ({@link #of(RulePack)}); {@link #builtin()} is a fixed copy of the default pack's four themes for use without a pack.
 * Ids not in the table get a fallback colour and their id as label; {@code none} is always grey.
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

    /** The themes of a rule pack, in pack order. */
    public static ThemeTable of(RulePack pack) {
        List<ThemeStyle> styles = new ArrayList<>();
        for (Theme t : pack.themes()) styles.add(new ThemeStyle(t.id(), t.labelZh(), t.labelEn(), t.color()));
        return new ThemeTable(styles);
    }

    /**
     * The table for the rule pack named in run.json: that built-in pack when there is one; otherwise (a user's pack
     * file, which the output folder does not contain) the default pack, whose themes a user pack extends.
     */
    public static ThemeTable forPack(String packName) {
        return of(RulePack.builtinNames().contains(packName) ? RulePack.builtin(packName) : RulePack.builtin());
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
