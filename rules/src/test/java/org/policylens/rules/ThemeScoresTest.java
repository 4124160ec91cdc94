package org.policylens.rules;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThemeScoresTest {

    private static final ThemeScores SCORES = ThemeScores.of(new String[]{"economy", "ecology"}, new double[]{2.5, 0});

    @Test
    void equalsAndHashesLikeALinkedHashMapWithTheSameEntries() {
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("economy", 2.5);
        expected.put("ecology", 0.0);
        assertEquals(expected, SCORES);
        assertEquals(expected.hashCode(), SCORES.hashCode());
        assertEquals(expected.toString(), SCORES.toString());
    }

    @Test
    void keepsPackOrder() {
        assertEquals(List.of("economy", "ecology"), List.copyOf(SCORES.keySet()));
    }

    @Test
    void unknownThemeHasNoScore() {
        assertNull(SCORES.get("innovation"));
    }

    @Test
    void cannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> SCORES.put("economy", 1.0));
    }

    @Test
    void laterChangesToTheArraysDoNotLeakIn() {
        double[] values = {1.0};
        ThemeScores s = ThemeScores.of(new String[]{"economy"}, values);
        values[0] = 9;
        assertEquals(1.0, s.get("economy"));
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThemeScores.of(new String[]{"a", "a"}, new double[]{1, 2}));
    }

    @org.junit.jupiter.api.Test
    void positionalAccessAgreesWithGet() {
        for (int i = 0; i < SCORES.size(); i++) {
            assertEquals(SCORES.get(SCORES.idAt(i)), SCORES.valueAt(i));
        }
        assertEquals("economy", SCORES.idAt(0));
        assertEquals(2.5, SCORES.valueAt(0));
    }

    @org.junit.jupiter.api.Test
    void scoresOwningEqualsScoresAndKeepsTheArray() {
        ThemeScores.Layout layout = ThemeScores.layout(new String[]{"a", "b"});
        double[] values = {1.5, 0.0};
        ThemeScores owned = layout.scoresOwning(values);
        org.junit.jupiter.api.Assertions.assertEquals(layout.scores(new double[]{1.5, 0.0}), owned);
        org.junit.jupiter.api.Assertions.assertEquals(owned.toString(), layout.scores(values).toString());
        values[0] = 2; // the map's own array: the caller must not do this; shown here to pin down "not copied"
        org.junit.jupiter.api.Assertions.assertEquals(2.0, owned.valueAt(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> layout.scoresOwning(new double[1]));
    }
}
