package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both directions against an independent implementation of the Arrow format, Apache Arrow's
 * JavaScript library (npm apache-arrow, see {@link NodeArrow}): we read the IPC files and streams it
 * writes (utf8 and dictionary ids; date32, date64, zoned nanosecond and millisecond timestamps,
 * int64; float64 and float32), and it reads the frames and forecasts we write, with equal values.
 */
@Tag("interop")
class ArrowInteropTest {

    private static final String[] NAMES = {"alpha", "série β", "東京"};

    @TempDir
    Path dir;

    private static NodeArrow node;

    @BeforeAll
    static void installArrowJs() throws Exception {
        node = NodeArrow.install(Path.of("target", "interop-node").toAbsolutePath());
    }

    /** The rows arrow_interop.mjs writes, with its price column or without. */
    private static TimeSeriesFrame expected(DsKind kind, boolean price) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(kind, price ? List.of("price") : List.of());
        for (int s = 0; s < NAMES.length; s++) {
            for (int t = 0; t < 4; t++) {
                long day = 19_000 + 31 * t - 40 * s;
                double y = s * 100 + t * 0.25 - 3;
                if (price) {
                    builder.add(NAMES[s], day, y, new double[] {t % 2 == 0 ? 9.5 : -1.125});
                } else {
                    builder.add(NAMES[s], day, y);
                }
            }
        }
        return builder.build();
    }

    @Test
    void weReadWhatArrowJsWrites() throws Exception {
        List<String> files = node.script("write", dir.toString());
        assertEquals(List.of("utf8-date32-f64.arrow", "dict-tsms-f32.arrows", "utf8-tsns-zone.arrow",
                "dict-date64.arrows", "utf8-int64.arrow"), files);
        for (String name : files) {
            DsKind kind = name.contains("int64") ? DsKind.INDEX : DsKind.DATE;
            boolean price = name.contains("f64") || name.contains("f32");
            assertEquals(expected(kind, price), ArrowFrameFiles.read(dir.resolve(name)), name);
        }
    }

    @Test
    void arrowJsReadsTheFramesWeWrite() throws Exception {
        TimeSeriesFrame dated = expected(DsKind.DATE, true);
        for (ArrowIpcFormat format : ArrowIpcFormat.values()) {
            Path file = dir.resolve("dated-" + format + (format == ArrowIpcFormat.FILE ? ".arrow" : ".arrows"));
            ArrowFrameFiles.write(dated, file, format, ArrowMemory.root());
            List<String> lines = node.script("read", file.toString());
            assertEquals("unique_id:Utf8\tds:Date32<DAY>\ty:Float64\tprice:Float64", lines.get(0), format.toString());
            assertRows(dated, lines, true);
        }
        TimeSeriesFrame indexed = expected(DsKind.INDEX, false);
        Path file = dir.resolve("indexed.arrow");
        ArrowFrameFiles.write(indexed, file);
        List<String> lines = node.script("read", file.toString());
        assertEquals("unique_id:Utf8\tds:Int64\ty:Float64", lines.get(0));
        assertRows(indexed, lines, false);
    }

    @Test
    void arrowJsReadsTheForecastsWeWrite() throws Exception {
        TimeSeriesFrame history = expected(DsKind.DATE, false);
        // The shared rows' dates are 31 days apart, no calendar frequency: an integer-indexed copy forecasts.
        TimeSeriesFrameBuilder indexed = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < history.seriesCount(); s++) {
            for (int t = 0; t < history.length(s); t++) {
                indexed.add(history.id(s), t + 1, history.y(s).get(t));
            }
        }
        ForecastFrame forecast = new NeuralForecast(List.of(NLinear.builder(2).inputSize(2).maxSteps(1).build()),
                Frequency.fromCode("1")).fit(indexed.build()).predict();
        Path file = dir.resolve("forecast.arrow");
        ArrowFrameFiles.writeForecasts(forecast, file);
        List<String> lines = node.script("read", file.toString());
        assertEquals("unique_id:Utf8\tds:Int64\tNLinear:Float64", lines.get(0));
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < forecast.rowCount(); r++) {
            expected.add(forecast.id(r) + "\t" + forecast.ds(r));
        }
        assertEquals(expected, lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.lastIndexOf('\t')))
                .toList());
        for (int r = 0; r < forecast.rowCount(); r++) {
            String line = lines.get(r + 1);
            assertEquals(forecast.value(r, "NLinear"), Double.parseDouble(line.substring(line.lastIndexOf('\t') + 1)),
                    0.0, "row " + r);
        }
    }

    /** JavaScript's shortest round-trip decimals parse back to the very doubles we wrote. */
    private static void assertRows(TimeSeriesFrame frame, List<String> lines, boolean price) {
        assertEquals(frame.rowCount() + 1, lines.size());
        int row = 0;
        for (int s = 0; s < frame.seriesCount(); s++) {
            for (int t = 0; t < frame.length(s); t++, row++) {
                String[] fields = lines.get(row + 1).split("\t");
                assertEquals(frame.id(s), fields[0], "row " + row);
                assertEquals(frame.ds(s).get(t), Long.parseLong(fields[1]), "row " + row);
                assertEquals(frame.y(s).get(t), Double.parseDouble(fields[2]), 0.0, "row " + row);
                if (price) {
                    assertEquals(frame.exog("price", s).get(t), Double.parseDouble(fields[3]), 0.0, "row " + row);
                }
            }
        }
    }
}
