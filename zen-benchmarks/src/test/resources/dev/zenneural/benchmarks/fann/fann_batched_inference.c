/* libfann's side of BatchedInferenceSideBySide: loads the network zen wrote, runs fann_run over
 * every input row (raw little-endian float32, row after row) until at least a second has passed,
 * writes the outputs of one pass (raw float32) and prints "forward_per_s=..." for the parser.
 *
 *   fann_batched_inference NET INPUTS.f32 ROWS OUTPUTS.f32 */
#include <floatfann.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: fann_batched_inference NET INPUTS.f32 ROWS OUTPUTS.f32\n");
        return 2;
    }
    struct fann *ann = fann_create_from_file(argv[1]);
    if (ann == NULL) return 1;
    unsigned int rows = (unsigned int) strtoul(argv[3], NULL, 10);
    unsigned int ins = fann_get_num_input(ann), outs = fann_get_num_output(ann);
    float *inputs = malloc(sizeof(float) * rows * ins), *outputs = malloc(sizeof(float) * rows * outs);
    FILE *in = fopen(argv[2], "rb");
    if (in == NULL || fread(inputs, sizeof(float), (size_t) rows * ins, in) != (size_t) rows * ins) {
        fprintf(stderr, "cannot read %u rows of %u inputs from %s\n", rows, ins, argv[2]);
        return 1;
    }
    fclose(in);
    for (unsigned int r = 0; r < rows; r++) {
        fann_type *out = fann_run(ann, inputs + (size_t) r * ins);
        for (unsigned int o = 0; o < outs; o++) outputs[(size_t) r * outs + o] = out[o];
    }
    double sink = 0, start = now(), elapsed;
    long passes = 0;
    do {
        for (unsigned int r = 0; r < rows; r++) sink += fann_run(ann, inputs + (size_t) r * ins)[0];
        passes += rows;
        elapsed = now() - start;
    } while (elapsed < 1.0);
    FILE *out = fopen(argv[4], "wb");
    if (out == NULL || fwrite(outputs, sizeof(float), (size_t) rows * outs, out) != (size_t) rows * outs) return 1;
    fclose(out);
    printf("forward_per_s=%.3f sink=%g\n", passes / elapsed, sink);
    fann_destroy(ann);
    return 0;
}
