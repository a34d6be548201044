package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forecasts written back as Arrow: neuralforecast's columns, every value as the frame holds it. */
class ForecastArrowTest extends LeakCheckedTest {

    @TempDir
    Path dir;

    private static TimeSeriesFrame monthly() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE);
        for (String id : List.of("x", "y")) {
            for (int m = 0; m < 12; m++) {
                builder.add(id, LocalDate.of(2020, 1, 1).plusMonths(m).toEpochDay(), id.equals("x") ? m : 20 - m);
            }
        }
        return builder.build();
    }

    private static NeuralForecast forecaster() {
        return new NeuralForecast(List.of(NLinear.builder(2).inputSize(4).maxSteps(1).build()),
                Frequency.fromCode("M"));
    }

    @Test
    void writesPredictionsAndCrossValidationInBothLayouts() throws IOException {
        ForecastFrame predicted = forecaster().fit(monthly()).predict();
        ForecastFrame cv = forecaster().crossValidation(monthly(), 2, 1, false);
        for (ForecastFrame forecast : List.of(predicted, cv)) {
            for (ArrowIpcFormat format : ArrowIpcFormat.values()) {
                Path file = dir.resolve(format + "-" + forecast.hasCutoff() + ".arrow");
                ArrowFrameFiles.writeForecasts(forecast, file, format, allocator);
                assertWritten(forecast, file);
            }
        }
    }

    private void assertWritten(ForecastFrame forecast, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("unique_id", "ds"));
        if (forecast.hasCutoff()) {
            header.add("cutoff");
        }
        header.addAll(forecast.columns());
        int rows = forecast.rowCount();
        String[] ids = new String[rows];
        long[] ds = new long[rows];
        long[] cutoff = new long[rows];
        double[][] values = new double[forecast.columns().size()][rows];
        int at = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                ArrowReader reader = file.toString().contains("STREAM") ? new ArrowStreamReader(channel, allocator)
                        : new org.apache.arrow.vector.ipc.ArrowFileReader(channel, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertEquals(header, root.getSchema().getFields().stream().map(Field::getName).toList());
            while (reader.loadNextBatch()) {
                for (int i = 0; i < root.getRowCount(); i++, at++) {
                    ids[at] = ((VarCharVector) root.getVector("unique_id")).getObject(i).toString();
                    ds[at] = ((DateDayVector) root.getVector("ds")).get(i);
                    if (forecast.hasCutoff()) {
                        cutoff[at] = ((DateDayVector) root.getVector("cutoff")).get(i);
                    }
                    for (int c = 0; c < values.length; c++) {
                        values[c][at] = ((Float8Vector) root.getVector(forecast.columns().get(c))).get(i);
                    }
                }
            }
        }
        assertEquals(rows, at);
        for (int r = 0; r < rows; r++) {
            assertEquals(forecast.id(r), ids[r], "row " + r);
            assertEquals(forecast.ds(r), ds[r], "row " + r);
            if (forecast.hasCutoff()) {
                assertEquals(forecast.cutoff(r), cutoff[r], "row " + r);
            }
        }
        for (int c = 0; c < values.length; c++) {
            assertArrayEquals(forecast.column(forecast.columns().get(c)), values[c], forecast.columns().get(c));
        }
    }
}
