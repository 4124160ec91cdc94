package org.policylens.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from theme id to score that keeps pack order: the {@link Labels#scores()} the classifier
 * builds, two small arrays instead of a copied {@code LinkedHashMap} per unit. Equal to (and printed like) any
 * other map with the same entries in the same order.
 */
public final class ThemeScores extends AbstractMap<String, Double> {

    private final String[] ids;
    private final double[] values;

    private ThemeScores(String[] ids, double[] values) {
        this.ids = ids;
        this.values = values;
    }

    /** Scores {@code values[i]} of themes {@code ids[i]}, in that order; both arrays are copied, ids must be distinct. */
    public static ThemeScores of(String[] ids, double[] values) {
        if (ids.length != values.length) throw new IllegalArgumentException(ids.length + " ids but " + values.length + " scores");
        for (int i = 0; i < ids.length; i++) {
            Objects.requireNonNull(ids[i], "theme id");
            for (int j = 0; j < i; j++) {
                if (ids[j].equals(ids[i])) throw new IllegalArgumentException("duplicate theme id '" + ids[i] + "'");
            }
        }
        return new ThemeScores(ids.clone(), values.clone());
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= ids.length) throw new NoSuchElementException();
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(ids[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return ids.length;
            }
        };
    }
}
