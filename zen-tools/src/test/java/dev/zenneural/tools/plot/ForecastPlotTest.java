package dev.zenneural.tools.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastPlotTest {

    @Test
    void modelColumnsFollowNeuralforecastsNames() {
        ForecastPlot.Model quantiles = ForecastPlot.Model.of("MLP", List.of("-median", "-lo-95", "-lo-80", "-hi-80",
                "-hi-95"), 0);
        assertEquals("MLP-median", quantiles.pointColumn());
        assertEquals(List.of(new ForecastPlot.Interval("95", "MLP-lo-95", "MLP-hi-95"),
                new ForecastPlot.Interval("80", "MLP-lo-80", "MLP-hi-80")), quantiles.intervals());
        ForecastPlot.Model point = ForecastPlot.Model.of("NHITS", List.of(""), 0);
        assertEquals("NHITS", point.pointColumn());
        assertEquals(List.of(), point.intervals());
    }

    @Test
    void formatComesFromTheExtension() {
        assertEquals(PlotFormat.PNG, PlotFormat.of(Path.of("out/Plot.PNG")));
        assertEquals(PlotFormat.SVG, PlotFormat.of(Path.of("plot.svg")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlotFormat.of(Path.of("p.jpg")));
        assertEquals("the plot file must end in .png or .svg, got p.jpg", e.getMessage());
    }
}
