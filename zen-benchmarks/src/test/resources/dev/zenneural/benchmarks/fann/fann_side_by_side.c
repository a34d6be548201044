/* libfann's side of FannSideBySide: loads the initial network that zen wrote, trains it for a fixed
 * number of epochs in file order and prints one line of "key=value" pairs, which FannSideBySide
 * parses. Every quantity is computed the same way as on zen's side.
 *
 *   fann_side_by_side NET TRAIN TEST rprop|quickprop|incremental|batch EPOCHS */
#include <floatfann.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Squared error summed by hand rather than fann_test_data, whose MSE halves the difference of
 * symmetric outputs and so would not match zen's plain mean. */
static void evaluate(struct fann *ann, struct fann_train_data *data, double *mse, double *error_pct) {
    unsigned int outs = fann_num_output_train_data(data), wrong = 0;
    double sum = 0;
    for (unsigned int p = 0; p < fann_length_train_data(data); p++) {
        fann_type *out = fann_run(ann, data->input[p]), *target = data->output[p];
        unsigned int best_out = 0, best_target = 0;
        for (unsigned int o = 0; o < outs; o++) {
            double d = out[o] - target[o];
            sum += d * d;
            if (out[o] > out[best_out]) best_out = o;
            if (target[o] > target[best_target]) best_target = o;
        }
        /* The output neuron is a sigmoid, whose range [0, 1] has its midpoint at 0.5. */
        if (outs == 1 ? (out[0] >= 0.5f) != (target[0] >= 0.5f) : best_out != best_target) wrong++;
    }
    *mse = sum / ((double) fann_length_train_data(data) * outs);
    *error_pct = 100.0 * wrong / fann_length_train_data(data);
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s NET TRAIN TEST rprop|quickprop|incremental|batch EPOCHS\n", argv[0]);
        return 2;
    }
    enum fann_train_enum algorithm;
    if (!strcmp(argv[4], "rprop")) algorithm = FANN_TRAIN_RPROP;
    else if (!strcmp(argv[4], "quickprop")) algorithm = FANN_TRAIN_QUICKPROP;
    else if (!strcmp(argv[4], "incremental")) algorithm = FANN_TRAIN_INCREMENTAL;
    else if (!strcmp(argv[4], "batch")) algorithm = FANN_TRAIN_BATCH;
    else {
        fprintf(stderr, "unknown algorithm: %s\n", argv[4]);
        return 2;
    }
    int epochs = atoi(argv[5]);
    struct fann *ann = fann_create_from_file(argv[1]);
    struct fann_train_data *train = fann_read_train_from_file(argv[2]);
    struct fann_train_data *test = fann_read_train_from_file(argv[3]);
    if (!ann || !train || !test || epochs < 1) {
        fprintf(stderr, "fann_side_by_side: cannot load the network or the data\n");
        return 1;
    }
    fann_set_training_algorithm(ann, algorithm);

    double start = now();
    for (int e = 0; e < epochs; e++) fann_train_epoch(ann, train);
    double train_s = now() - start;

    double train_mse, train_err, test_mse, test_err;
    evaluate(ann, train, &train_mse, &train_err);
    evaluate(ann, test, &test_mse, &test_err);

    /* As on zen's side: a short warm-up, then whole passes over the test set for at least a second. */
    unsigned int rows = fann_length_train_data(test);
    volatile fann_type sink = 0;
    long passes = 0;
    double t0 = now(), elapsed = 0;
    while (now() - t0 < 0.2)
        for (unsigned int p = 0; p < rows; p++) sink += fann_run(ann, test->input[p])[0];
    t0 = now();
    do {
        for (unsigned int p = 0; p < rows; p++) sink += fann_run(ann, test->input[p])[0];
        passes += rows;
        elapsed = now() - t0;
    } while (elapsed < 1.0);

    printf("connections=%u pairs=%u epochs=%d train_s=%.9f train_mse=%.9g test_mse=%.9g "
           "test_err_pct=%.6f forward_per_s=%.3f\n", fann_get_total_connections(ann),
           fann_length_train_data(train), epochs, train_s, train_mse, test_mse, test_err,
           passes / elapsed);
    fann_destroy_train(test);
    fann_destroy_train(train);
    fann_destroy(ann);
    return 0;
}
