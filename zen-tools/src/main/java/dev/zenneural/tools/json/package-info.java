/** JSON output helpers of the {@code zen} command line. */
package dev.zenneural.tools.json;
