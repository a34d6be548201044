package dev.zenneural.tools.cli;

import dev.zenneural.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Checks of a command's file arguments before it reads or works, so that a mistyped path fails at
 * once and names itself: the JDK's "Is a directory" names no file, and a bad output path found only
 * when the result is saved would throw a long training away.
 */
final class FileArguments {

    private FileArguments() {
    }

    /**
     * Fails if {@code path} is a directory; a missing file is left to the reader, whose error names it.
     *
     * @throws FileSystemException naming {@code path}
     */
    static void input(Path path) throws FileSystemException {
        if (Files.isDirectory(path)) {
            throw new FileSystemException(path.toString(), null, "is a directory, not a file");
        }
    }

    /**
     * Fails if nothing could be saved at {@code output} (its directory missing, or a directory
     * itself), or if it is one of {@code inputs}, which saving would overwrite.
     *
     * @throws CommandLine.ParameterException if {@code output} is one of {@code inputs}
     * @throws IOException naming {@code output} if it cannot be written
     */
    static void output(CommandLine cli, String option, Path output, Path... inputs) throws IOException {
        AtomicFiles.checkWritable(output);
        for (Path input : inputs) {
            if (input != null && Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
                throw new CommandLine.ParameterException(cli, option + " " + output + " is the input file " + input
                        + "; saving would overwrite it");
            }
        }
    }
}
