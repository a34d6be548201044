/*
 * Interop probe for the Java .net reader/writer, built and run by FannInteropTest against the
 * system's libfann (float build, Debian package libfann-dev).
 *
 *   fann_interop create KIND OUT.net SEED INPUTS   KIND: standard | shortcut | sparse
 *       builds a network with libfann, seeds its weights, saves it, prints fann_run outputs
 *   fann_interop run NET INPUTS
 *       loads NET with fann_create_from_file and prints fann_run outputs
 *   fann_interop fixed NET OUT.net
 *       loads NET and writes it as FANN_FIX_2.0 (fann_save_to_fixed)
 *
 * INPUTS is a text file: row count, then row-count * num_input floats. Output: one line per row,
 * the outputs in "%.9e" (enough digits to identify a float).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <floatfann.h>

static int run_rows(struct fann *ann, const char *inputs_path)
{
    FILE *in = fopen(inputs_path, "r");
    unsigned int rows, r, i, n_in = fann_get_num_input(ann), n_out = fann_get_num_output(ann);
    fann_type *row = malloc(sizeof(fann_type) * n_in);
    if (in == NULL || row == NULL || fscanf(in, "%u", &rows) != 1) {
        fprintf(stderr, "cannot read %s\n", inputs_path);
        return 2;
    }
    for (r = 0; r < rows; r++) {
        fann_type *out;
        for (i = 0; i < n_in; i++) {
            if (fscanf(in, "%f", &row[i]) != 1) {
                fprintf(stderr, "short input in %s\n", inputs_path);
                return 2;
            }
        }
        out = fann_run(ann, row);
        for (i = 0; i < n_out; i++) {
            printf(i == 0 ? "%.9e" : " %.9e", out[i]);
        }
        printf("\n");
    }
    fclose(in);
    free(row);
    return 0;
}

int main(int argc, char **argv)
{
    struct fann *ann;
    if (argc == 6 && strcmp(argv[1], "create") == 0) {
        if (strcmp(argv[2], "standard") == 0) {
            ann = fann_create_standard(4, 3, 5, 4, 2);
        } else if (strcmp(argv[2], "shortcut") == 0) {
            ann = fann_create_shortcut(3, 3, 4, 2);
        } else {
            ann = fann_create_sparse(0.5f, 4, 3, 6, 5, 2);
        }
        if (ann == NULL) {
            return 3;
        }
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
        fann_set_activation_steepness_hidden(ann, 0.75f);
        fann_set_activation_function_output(ann, FANN_SIGMOID);
        fann_set_activation_steepness_output(ann, 1.25f);
        fann_set_learning_rate(ann, 0.4f);
        fann_set_training_algorithm(ann, FANN_TRAIN_QUICKPROP);
        srand((unsigned int) atoi(argv[4]));
        fann_randomize_weights(ann, -1.0f, 1.0f);
        if (fann_save(ann, argv[3]) != 0) {
            return 4;
        }
        return run_rows(ann, argv[5]);
    }
    if (argc == 4 && strcmp(argv[1], "run") == 0) {
        ann = fann_create_from_file(argv[2]);
        return ann == NULL ? 5 : run_rows(ann, argv[3]);
    }
    if (argc == 4 && strcmp(argv[1], "fixed") == 0) {
        ann = fann_create_from_file(argv[2]);
        return ann == NULL ? 5 : (fann_save_to_fixed(ann, argv[3]) < 0 ? 6 : 0);
    }
    fprintf(stderr, "usage: %s create standard|shortcut|sparse OUT.net SEED INPUTS | run NET INPUTS"
            " | fixed NET OUT.net\n", argv[0]);
    return 1;
}
