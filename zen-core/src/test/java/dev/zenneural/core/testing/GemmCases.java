package dev.zenneural.core.testing;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Shapes for GEMM tests, as JUnit arguments {@code (m, n, k, transA, transB)}: every fixed shape in
 * all four transpose variants, then seeded random shapes with random variants. Each backend's tests
 * pick the fixed shapes that cross its own block and tile edges.
 */
public final class GemmCases {

    private GemmCases() {
    }

    /**
     * @param fixed {@code {m, n, k}} triples, each tried with all four transpose variants
     * @param randomCount how many random shapes follow
     * @param maxMn largest random m and n
     * @param maxK largest random k
     */
    public static Stream<Arguments> of(int[][] fixed, int randomCount, long seed, int maxMn, int maxK) {
        Stream.Builder<Arguments> all = Stream.builder();
        for (int[] s : fixed) {
            for (int t = 0; t < 4; t++) {
                all.add(Arguments.of(s[0], s[1], s[2], (t & 2) != 0, (t & 1) != 0));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < randomCount; i++) {
            all.add(Arguments.of(1 + random.nextInt(maxMn), 1 + random.nextInt(maxMn), 1 + random.nextInt(maxK),
                    random.nextBoolean(), random.nextBoolean()));
        }
        return all.build();
    }
}
