/*
 * Cascade-trains a shortcut network with libfann and prints what it reached, for
 * CascadeInteropTest: "<hidden neurons> <MSE of the final network on the data> <bit fails>".
 * Usage: fann_cascade_probe DATA MAX_NEURONS DESIRED_ERROR OUTPUT_ACTIVATION ALGORITHM SEED
 * (OUTPUT_ACTIVATION is a FANN name without FANN_, ALGORITHM rprop or quickprop).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <floatfann.h>

static int activation(const char *name)
{
	int i;
	char full[64];
	snprintf(full, sizeof full, "FANN_%s", name);
	for (i = 0; i <= FANN_COS; i++) {
		if (strcmp(FANN_ACTIVATIONFUNC_NAMES[i], full) == 0) {
			return i;
		}
	}
	return -1;
}

int main(int argc, char **argv)
{
	struct fann_train_data *data;
	struct fann *ann;
	int output;
	unsigned int hidden;

	if (argc != 7) {
		fprintf(stderr, "usage: %s DATA MAX_NEURONS DESIRED_ERROR OUTPUT_ACTIVATION ALGORITHM SEED\n", argv[0]);
		return 2;
	}
	output = activation(argv[4]);
	if (output < 0) {
		fprintf(stderr, "unknown activation %s\n", argv[4]);
		return 2;
	}
	srand((unsigned int) atoi(argv[6]));
	data = fann_read_train_from_file(argv[1]);
	if (data == NULL) {
		return 1;
	}
	ann = fann_create_shortcut(2, fann_num_input_train_data(data), fann_num_output_train_data(data));
	fann_set_activation_function_output(ann, (enum fann_activationfunc_enum) output);
	fann_set_training_algorithm(ann, strcmp(argv[5], "quickprop") == 0 ? FANN_TRAIN_QUICKPROP : FANN_TRAIN_RPROP);
	fann_cascadetrain_on_data(ann, data, (unsigned int) atoi(argv[2]), 0, (float) atof(argv[3]));
	hidden = fann_get_total_neurons(ann) - fann_get_num_input(ann) - fann_get_num_output(ann) - 1;
	fann_reset_MSE(ann);
	fann_test_data(ann, data);
	printf("%u %.9g %u\n", hidden, fann_get_MSE(ann), fann_get_bit_fail(ann));
	fann_destroy(ann);
	fann_destroy_train(data);
	return 0;
}
