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
        return layout(ids).scores(values);
    }

    /** The theme ids of many score maps, checked once (distinct, not null); {@code ids} is copied. */
    public static Layout layout(String[] ids) {
        String[] copy = ids.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "theme id");
            for (int j = 0; j < i; j++) {
                if (copy[j].equals(copy[i])) throw new IllegalArgumentException("duplicate theme id '" + copy[i] + "'");
            }
        }
        return new Layout(copy);
    }

    /** Checked theme ids (immutable, thread-safe) that make score maps without checking them again. */
    public static final class Layout {
        private final String[] ids;

        private Layout(String[] ids) {
            this.ids = ids;
        }

        /** The scores {@code values[i]} of theme {@code i}; {@code values} is copied. */
        public ThemeScores scores(double[] values) {
            if (values.length != ids.length)
                throw new IllegalArgumentException(ids.length + " ids but " + values.length + " scores");
            return new ThemeScores(ids, values.clone());
        }

        /**
         * The scores {@code values[i]} of theme {@code i}, like {@link #scores}, but {@code values} becomes the map's
         * own (not copied): the caller must not change it afterwards.
         */
        public ThemeScores scoresOwning(double[] values) {
            if (values.length != ids.length)
                throw new IllegalArgumentException(ids.length + " ids but " + values.length + " scores");
            return new ThemeScores(ids, values);
        }
    }

    /** The theme id at position {@code i} (pack order). */
    public String idAt(int i) {
        return ids[i];
    }

    /** The score at position {@code i}, unboxed: {@code get(idAt(i))}. */
    public double valueAt(int i) {
        return values[i];
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
