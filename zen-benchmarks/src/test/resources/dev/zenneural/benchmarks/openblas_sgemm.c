/* Times cblas_sgemm (row-major, no transposes) on each "MxNxK" argument, the counterpart of
 * SgemmBenchmark; prints "MxNxK GFLOP/s" for each of 8 repetitions (ci/bench-gemm.sh summarizes). */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    for (int s = 1; s < argc; s++) {
        int m, n, k;
        if (sscanf(argv[s], "%dx%dx%d", &m, &n, &k) != 3) {
            fprintf(stderr, "not MxNxK: %s\n", argv[s]);
            return 2;
        }
        float *a = malloc(sizeof(float) * m * k), *b = malloc(sizeof(float) * k * n),
              *c = malloc(sizeof(float) * m * n);
        srand(7);
        for (long i = 0; i < (long) m * k; i++) a[i] = rand() / (float) RAND_MAX;
        for (long i = 0; i < (long) k * n; i++) b[i] = rand() / (float) RAND_MAX;
        double flops = 2.0 * m * n * k;
        /* Each repetition runs for at least 0.2 s, as JMH's iterations run for a fixed time. */
        for (int rep = 0; rep < 8; rep++) {
            long calls = 0;
            double start = now(), t;
            do {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a, k, b, n, 0.0f, c, n);
                calls++;
            } while ((t = now() - start) < 0.2);
            printf("%s %.2f\n", argv[s], flops * calls / t / 1e9);
        }
        free(a);
        free(b);
        free(c);
    }
    return 0;
}
