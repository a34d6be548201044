/*
 * Training probe for the Java trainer, built and run by FannTrainingInteropTest against the
 * system's libfann (float build, Debian package libfann-dev).
 *
 *   fann_train_probe NET DATA ALGORITHM ERRORFUNC EPOCHS
 *       ALGORITHM: incremental | batch | rprop | quickprop; ERRORFUNC: linear | tanh
 *
 * Loads NET and DATA, trains EPOCHS epochs with fann_train_epoch (no shuffling) and prints, per
 * epoch, the MSE fann_train_epoch returned ("%.9e") and the bit-fail count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <floatfann.h>

int main(int argc, char **argv)
{
    struct fann *ann;
    struct fann_train_data *data;
    enum fann_train_enum algorithm;
    int epochs, e;

    if (argc != 6) {
        fprintf(stderr, "usage: %s NET DATA ALGORITHM ERRORFUNC EPOCHS\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[3], "incremental") == 0) {
        algorithm = FANN_TRAIN_INCREMENTAL;
    } else if (strcmp(argv[3], "batch") == 0) {
        algorithm = FANN_TRAIN_BATCH;
    } else if (strcmp(argv[3], "rprop") == 0) {
        algorithm = FANN_TRAIN_RPROP;
    } else if (strcmp(argv[3], "quickprop") == 0) {
        algorithm = FANN_TRAIN_QUICKPROP;
    } else {
        fprintf(stderr, "unknown algorithm %s\n", argv[3]);
        return 2;
    }
    ann = fann_create_from_file(argv[1]);
    data = fann_read_train_from_file(argv[2]);
    if (ann == NULL || data == NULL) {
        fprintf(stderr, "cannot load %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    fann_set_training_algorithm(ann, algorithm);
    fann_set_train_error_function(ann,
            strcmp(argv[4], "linear") == 0 ? FANN_ERRORFUNC_LINEAR : FANN_ERRORFUNC_TANH);
    epochs = atoi(argv[5]);
    for (e = 0; e < epochs; e++) {
        float mse = fann_train_epoch(ann, data);
        printf("%.9e %u\n", mse, fann_get_bit_fail(ann));
    }
    fann_destroy_train(data);
    fann_destroy(ann);
    return 0;
}
