package org.policylens.analysis.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Members of one group variable sorted into groups, with the pooled tallies of each group (sums of the
 * documents' counts). Groups are ordered numerically when every value is an integer, else by text;
 * documents within a group by id, so everything built on top is independent of the input order.
 */
final class GroupPool {
    final ThemeSet themes;
    final List<String> groups;
    final Map<String, List<GroupMember>> members;
    final Map<String, Tally[]> pooled;

    GroupPool(ThemeSet themes, List<GroupMember> input) {
        this.themes = themes;
        var seen = new HashSet<String>();
        for (GroupMember m : input) {
            if (!m.summary().themes().equals(themes))
                throw new IllegalArgumentException("document " + m.summary().document() + " was measured with themes "
                        + m.summary().themes().ids() + ", not " + themes.ids());
            if (!seen.add(m.summary().document()))
                throw new IllegalArgumentException("document " + m.summary().document() + " is listed twice");
        }
        List<GroupMember> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing((GroupMember m) -> m.summary().document()));
        var byGroup = new LinkedHashMap<String, List<GroupMember>>();
        for (GroupMember m : sorted) byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
        List<String> names = new ArrayList<>(byGroup.keySet());
        names.sort(groupOrder(names));
        groups = List.copyOf(names);
        members = new LinkedHashMap<>();
        pooled = new LinkedHashMap<>();
        for (String g : groups) {
            List<GroupMember> ms = List.copyOf(byGroup.get(g));
            members.put(g, ms);
            Tally[] t = new Tally[PartScope.values().length];
            for (PartScope scope : PartScope.values()) {
                t[scope.ordinal()] = new Tally(themes.size());
                for (GroupMember m : ms) t[scope.ordinal()].add(m.summary().tally(scope));
            }
            pooled.put(g, t);
        }
    }

    Tally tally(String group, PartScope scope) {
        return pooled.get(group)[scope.ordinal()];
    }

    /** Numeric order when every value parses as a long (years), else String order. */
    static Comparator<String> groupOrder(List<String> values) {
        boolean numeric = !values.isEmpty();
        for (String v : values) {
            try {
                Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
        }
        if (numeric) return Comparator.comparingLong((String v) -> Long.parseLong(v.trim())).thenComparing(v -> v);
        return Comparator.naturalOrder();
    }
}
