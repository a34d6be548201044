package dev.zenneural.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.bin");
        Files.writeString(file, "old");
        AtomicFiles.write(file, temporary -> Files.writeString(temporary, "new"));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void keepsTheOldFileWhenWritingFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.bin");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, temporary -> {
            Files.writeString(temporary, "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aTargetThatCannotBeWrittenIsNamedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nodir").resolve("x.net");
        NoSuchFileException noDirectory = assertThrows(NoSuchFileException.class,
                () -> AtomicFiles.checkWritable(missing));
        assertEquals(missing.toString(), noDirectory.getFile());
        assertEquals("there is no directory " + dir.resolve("nodir"), noDirectory.getReason());

        Path directory = Files.createDirectory(dir.resolve("adir"));
        boolean[] called = {false};
        FileSystemException isDirectory = assertThrows(FileSystemException.class,
                () -> AtomicFiles.write(directory, temporary -> called[0] = true));
        assertEquals(directory.toString(), isDirectory.getFile());
        assertEquals("is a directory, not a file", isDirectory.getReason());
        assertFalse(called[0], "nothing written");
        assertEquals(List.of(directory), list(dir));
    }

    @Test
    void aFileSystemErrorOnTheTemporaryFileNamesTheTarget(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.bin");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(file, temporary -> {
            throw new FileSystemException(temporary.toString(), null, "No space left on device");
        }));
        assertEquals(file.toString(), e.getFile());
        assertEquals("No space left on device", e.getReason());
        assertTrue(e.getCause() instanceof FileSystemException, "the original error is the cause");

        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> AtomicFiles.write(file,
                temporary -> {
                    throw new AccessDeniedException(temporary.toString());
                }));
        assertEquals(file.toString(), denied.getFile(), "a permission error stays one, naming the target");
        assertEquals(List.of(), list(dir), "nothing left behind");
    }
}
