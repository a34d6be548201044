package dev.zenneural.ml.forecast;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-series numeric features that do not change over time (a store's size, a product's category
 * code), neuralforecast's {@code static_df}: one row of values per {@code unique_id}. Immutable.
 */
public final class StaticFeatures {

    /** No static features. */
    public static final StaticFeatures NONE = new StaticFeatures(List.of(), Map.of());

    private final List<String> names;
    private final Map<String, double[]> values;

    private StaticFeatures(List<String> names, Map<String, double[]> values) {
        this.names = names;
        this.values = values;
    }

    /** A builder for features named {@code names}. */
    public static Builder builder(List<String> names) {
        return new Builder(names);
    }

    /** The features' names, in order. */
    public List<String> names() {
        return names;
    }

    /**
     * The value of feature {@code name} for series {@code id}.
     *
     * @throws IllegalArgumentException naming the series or feature if there is none
     */
    public double value(String id, String name) {
        double[] row = values.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no static features for series " + id);
        }
        int column = names.indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("no static feature '" + name + "' (there are " + names + ")");
        }
        return row[column];
    }

    /** Collects rows of static features. */
    public static final class Builder {

        private final List<String> names;
        private final Map<String, double[]> values = new HashMap<>();

        private Builder(List<String> names) {
            this.names = List.copyOf(names);
            if (new java.util.HashSet<>(this.names).size() != this.names.size()) {
                throw new IllegalArgumentException("static feature names must be distinct, got " + names);
            }
        }

        /**
         * The features of series {@code id}, in {@link #names} order (copied).
         *
         * @throws IllegalArgumentException if the series is given twice, the count is wrong or a value
         *     is not finite
         */
        public Builder add(String id, double... row) {
            Objects.requireNonNull(id, "id");
            if (row.length != names.size()) {
                throw new IllegalArgumentException("series " + id + ": expected " + names.size() + " static values "
                        + names + ", got " + row.length);
            }
            for (int i = 0; i < row.length; i++) {
                if (!Double.isFinite(row[i])) {
                    throw new IllegalArgumentException("series " + id + ": static " + names.get(i) + " is " + row[i]);
                }
            }
            if (values.putIfAbsent(id, row.clone()) != null) {
                throw new IllegalArgumentException("series " + id + " has static features twice");
            }
            return this;
        }

        public StaticFeatures build() {
            return new StaticFeatures(names, Map.copyOf(values));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StaticFeatures s) || !names.equals(s.names) || !values.keySet().equals(s.values.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            if (!Arrays.equals(e.getValue(), s.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + values.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "StaticFeatures[" + names + ", " + values.size() + " series]";
    }
}
