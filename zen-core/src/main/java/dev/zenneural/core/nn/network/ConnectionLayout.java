package dev.zenneural.core.nn.network;

import java.util.SplittableRandom;

/**
 * Which neuron each connection comes from, laid out as libfann's constructors lay them out.
 * The sources and the per-neuron counts are written into the given arrays.
 */
final class ConnectionLayout {

    private ConnectionLayout() {
    }

    /** Layer sizes in FANN's counting (bias included) for user sizes, as FANN's constructors make them. */
    static int[] fannLayerSizes(NetworkType type, int[] sizes) {
        int[] fann = new int[sizes.length];
        for (int l = 0; l < sizes.length; l++) {
            fann[l] = sizes[l] + (type == NetworkType.LAYER || l == 0 ? 1 : 0);
        }
        return fann;
    }

    /**
     * Connections per neuron: for fully connected layered networks every non-bias neuron reads the
     * whole previous layer (bias last); for shortcut networks every neuron of all earlier layers; for
     * sparse ones the counts of {@code fann_create_sparse_array}.
     */
    static int[] counts(NetworkType type, float rate, int[] fannSizes) {
        int total = 0;
        for (int s : fannSizes) {
            total += s;
        }
        int[] counts = new int[total];
        int start = fannSizes[0];
        int earlier = fannSizes[0];
        for (int l = 1; l < fannSizes.length; l++) {
            int prev = fannSizes[l - 1];
            int out = fannSizes[l] - (type == NetworkType.LAYER ? 1 : 0);
            if (type == NetworkType.SHORTCUT) {
                for (int j = 0; j < out; j++) {
                    counts[start + j] = earlier;
                }
            } else if (rate >= 1) {
                for (int j = 0; j < out; j++) {
                    counts[start + j] = prev;
                }
            } else {
                sparseCounts(rate, prev - 1, out, counts, start);
            }
            start += fannSizes[l];
            earlier += fannSizes[l];
        }
        return counts;
    }

    /**
     * libfann's split: at least one connection per source and per target neuron, about
     * {@code rate * in * out} in all, plus one bias connection per target, spread evenly.
     */
    private static void sparseCounts(float rate, int in, int out, int[] counts, int start) {
        long min = Math.max(in, out);
        long max = (long) in * out;
        // float product, then a double addition and truncation, as libfann's C expression computes it
        long byRate = (long) (0.5 + (rate * (float) max));
        long num = Math.max(min, byRate) + out;
        long perNeuron = num / out;
        long allocated = 0;
        for (int j = 0; j < out; j++) {
            long c = perNeuron;
            allocated += perNeuron;
            if (allocated < (num * (j + 1)) / out) {
                c++;
                allocated++;
            }
            counts[start + j] = (int) c;
        }
    }

    /** The source of every connection; sparse layers are drawn from {@code random}. */
    static int[] sources(NetworkType type, float rate, int[] fannSizes, int[] counts, SplittableRandom random) {
        int[] starts = new int[counts.length + 1];
        for (int n = 0; n < counts.length; n++) {
            starts[n + 1] = starts[n] + counts[n];
        }
        int[] sources = new int[starts[counts.length]];
        int layerStart = fannSizes[0];
        int prevStart = 0;
        for (int l = 1; l < fannSizes.length; l++) {
            int end = layerStart + fannSizes[l];
            if (type == NetworkType.SHORTCUT || rate >= 1) {
                int from = type == NetworkType.SHORTCUT ? 0 : prevStart;
                for (int n = layerStart; n < end; n++) {
                    for (int i = 0; i < counts[n]; i++) {
                        sources[starts[n] + i] = from + i;
                    }
                }
            } else {
                sparseSources(prevStart, fannSizes[l - 1] - 1, layerStart, fannSizes[l] - 1, starts, sources, random);
            }
            prevStart = layerStart;
            layerStart = end;
        }
        return sources;
    }

    /**
     * libfann's sparse wiring: the bias first in every target, then every source neuron to a random
     * target with room, then the remaining places filled with random sources not yet connected.
     */
    private static void sparseSources(int prevStart, int in, int first, int out, int[] starts, int[] sources,
            SplittableRandom random) {
        int bias = prevStart + in;
        int[] filled = new int[out];
        for (int j = 0; j < out; j++) {
            sources[starts[first + j]] = bias;
            filled[j] = 1;
        }
        for (int s = prevStart; s < prevStart + in; s++) {
            int target;
            do {
                target = random.nextInt(out);
            } while (filled[target] == starts[first + target + 1] - starts[first + target]);
            sources[starts[first + target] + filled[target]++] = s;
        }
        for (int j = 0; j < out; j++) {
            int begin = starts[first + j];
            int stop = starts[first + j + 1];
            for (int c = begin + filled[j]; c < stop; c++) {
                int s;
                do {
                    s = prevStart + random.nextInt(in);
                } while (contains(sources, begin, c, s));
                sources[c] = s;
            }
        }
    }

    private static boolean contains(int[] a, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (a[i] == value) {
                return true;
            }
        }
        return false;
    }
}
