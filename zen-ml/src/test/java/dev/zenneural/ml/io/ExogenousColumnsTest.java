package dev.zenneural.ml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numeric columns beside unique_id, ds and y become exogenous columns; text ones are ignored. */
class ExogenousColumnsTest {

    private static TimeSeriesFrame parse(String csv) throws IOException {
        return TimeSeriesCsv.read(new StringReader(csv), "in.csv");
    }

    @Test
    void numericExtraColumnsAreKeptInOrder() throws IOException {
        TimeSeriesFrame f = parse("unique_id,price,ds,note,y,promo\na,9.5,1,x,10,0\na,9.0,2,y,11,1\nb,3,1,z,5,1\n");
        assertEquals(List.of("price", "promo"), f.exogNames());
        assertEquals(9.0, f.exog("price", 0).get(1));
        assertEquals(1.0, f.exog("promo", 1).get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.exog("note", 0));
        assertEquals("the frame has no exogenous column 'note'; it has [price, promo]", e.getMessage());
    }

    @Test
    void roundTripsThroughCsv() throws IOException {
        TimeSeriesFrame f = TimeSeriesFrame.builder(DsKind.INDEX, List.of("x1", "x 2"))
                .add("a", 1, 1.5, new double[] {0.25, -3}).add("a", 2, 2.5, new double[] {1e-3, 7}).build();
        StringWriter out = new StringWriter();
        TimeSeriesCsv.write(f, out);
        assertEquals("unique_id,ds,y,x1,x 2\na,1,1.5,0.25,-3\na,2,2.5,0.001,7\n", out.toString());
        assertEquals(f, parse(out.toString()));
    }

    @Test
    void badExogenousValuesNameTheColumnAndLine() {
        FrameFormatException e = assertThrows(FrameFormatException.class,
                () -> parse("unique_id,ds,y,price\na,1,10,9.5\na,2,11,cheap\n"));
        assertEquals("in.csv:3: column 'price': expected a finite number (it is numeric on the first row, so it is"
                + " an exogenous column), got \"cheap\"", e.getMessage());
        e = assertThrows(FrameFormatException.class, () -> parse("unique_id,ds,y,,\na,1,10,1,2\n"));
        assertEquals("in.csv:1: header column 4 is unnamed; extra columns need distinct names", e.getMessage());
    }

    @Test
    void builderChecksExogenousRows() {
        var b = TimeSeriesFrame.builder(DsKind.INDEX, List.of("price"));
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> b.add("a", 1, 1));
        assertEquals("this frame has exogenous columns [price]; add rows with add(id, ds, y, exog)", s.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.add("a", 1, 1, new double[2]));
        assertEquals("expected 1 exogenous values [price], got 2", e.getMessage());
        assertThrows(dev.zenneural.ml.frame.FrameValidationException.class,
                () -> b.add("a", 1, 1, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesFrame.builder(DsKind.INDEX, List.of("y")));
    }
}
