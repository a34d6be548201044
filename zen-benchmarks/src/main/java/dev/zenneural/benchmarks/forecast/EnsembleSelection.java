package dev.zenneural.benchmarks.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Median ensembles of forecasts, and the greedy forward selection (Caruana et al., 2004) that
 * {@code --validate} uses to choose an ensemble's members on held-out training data: start from the
 * best single model, add the member whose median with the chosen ones scores best, and stop when no
 * addition improves the score.
 */
final class EnsembleSelection {

    private EnsembleSelection() {
    }

    /** The chosen members, in the order they were added, and the score of their median. */
    record Choice(List<String> members, double score) {
    }

    /**
     * Chooses members of {@code candidates} (forecasts per label) that minimise {@code score} of
     * their median.
     */
    static Choice greedy(Map<String, Map<String, double[]>> candidates,
            ToDoubleFunction<Map<String, double[]>> score) {
        List<String> chosen = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        while (chosen.size() < candidates.size()) {
            String bestAddition = null;
            for (String label : candidates.keySet()) {
                if (chosen.contains(label)) {
                    continue;
                }
                List<Map<String, double[]>> members = new ArrayList<>();
                for (String c : chosen) {
                    members.add(candidates.get(c));
                }
                members.add(candidates.get(label));
                double value = score.applyAsDouble(median(members));
                if (value < best) {
                    best = value;
                    bestAddition = label;
                }
            }
            if (bestAddition == null) {
                break;
            }
            chosen.add(bestAddition);
        }
        return new Choice(chosen, best);
    }

    /** Per series and step, the median of the members' forecasts (the mean of the middle two when even). */
    static Map<String, double[]> median(List<Map<String, double[]>> members) {
        Map<String, double[]> result = new LinkedHashMap<>();
        double[] values = new double[members.size()];
        for (String id : members.get(0).keySet()) {
            int h = members.get(0).get(id).length;
            double[] m = new double[h];
            for (int j = 0; j < h; j++) {
                for (int r = 0; r < members.size(); r++) {
                    values[r] = members.get(r).get(id)[j];
                }
                Arrays.sort(values);
                int n = values.length;
                m[j] = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            }
            result.put(id, m);
        }
        return result;
    }
}
