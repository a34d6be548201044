package dev.zenneural.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content
 * goes to a temporary file beside the target, is forced to disk, and is then renamed over it. A crash
 * or an exception half way never leaves a truncated file where a good one was.
 */
public final class AtomicFiles {

    /** Writes the whole content to the path it is given (a fresh temporary file). */
    @FunctionalInterface
    public interface Content {

        /** Writes everything to {@code temporary}, creating it. */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Checks that {@link #write} could put a file at {@code target}: its directory exists and it is
     * not itself a directory. Callers that work long before they write (a training) call this first,
     * so that a mistyped path fails at once, not after the work.
     *
     * @throws NoSuchFileException naming {@code target} if its directory is missing
     * @throws FileSystemException naming {@code target} if it is a directory
     */
    public static void checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory, not a file");
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(target.toString(), null, "there is no directory " + parent);
        }
    }

    /**
     * Replaces {@code target} with what {@code content} writes, atomically where the file system can.
     * A file system error names {@code target}, never the temporary file.
     */
    public static void write(Path target, Content content) throws IOException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: it creates owner-only files, and the rename would keep those rights.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            delete(temporary, e);
            throw aboutTarget(e, temporary, target);
        } catch (RuntimeException | Error e) {
            delete(temporary, e);
            throw e;
        }
    }

    private static void delete(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /**
     * {@code e}, or where it names the temporary file, the same error naming the target: of the same
     * kind where callers tell the kinds apart (a missing file, a permission), else with the kind's
     * name as its reason where it has none.
     */
    private static IOException aboutTarget(IOException e, Path temporary, Path target) {
        if (!(e instanceof FileSystemException f) || !temporary.toString().equals(f.getFile())) {
            return e;
        }
        String file = target.toString();
        FileSystemException named;
        if (e instanceof AccessDeniedException) {
            named = new AccessDeniedException(file, null, f.getReason());
        } else if (e instanceof NoSuchFileException) {
            named = new NoSuchFileException(file, null, f.getReason());
        } else {
            named = new FileSystemException(file, null,
                    f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        named.initCause(e);
        return named;
    }
}
