package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that pyarrow 25 wrote as pandas asks it to (pyarrow/make_fixtures.py): a categorical id,
 * nanosecond timestamps, a float32 extra column, a text column and pandas' index column; Parquet
 * with the Arrow schema stored, Feather (the IPC file) uncompressed, LZ4 (pandas' default) and zstd.
 */
class PyArrowFilesTest extends LeakCheckedTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = PyArrowFilesTest.class.getResourceAsStream("pyarrow/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static TimeSeriesFrame expected() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE, List.of("price"));
        double[] y = {1.5, 2.5, 3.5, -1.0, 0.0, 1e-300};
        float[] price = {9.5f, 9.75f, 10.0f, 1.0f, 2.0f, 3.0f};
        for (int i = 0; i < 6; i++) {
            builder.add(i < 3 ? "alpha" : "série β", LocalDate.of(2024, 1, 1).plusDays(i % 3).toEpochDay(), y[i],
                    new double[] {price[i]});
        }
        return builder.build();
    }

    @Test
    void readsWhatPandasWritesThroughPyarrow() throws IOException {
        for (String name : List.of("pandas.parquet", "pandas-plain.feather", "pandas-lz4.feather",
                "pandas-zstd.feather")) {
            Path file = fixture(name);
            assertEquals(expected(), name.endsWith(".parquet") ? ParquetFrameFiles.read(file, allocator)
                    : ArrowFrameFiles.read(file, allocator), name);
            assertEquals(expected(), FrameReaders.read(file), name);
        }
    }
}
