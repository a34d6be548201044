package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code zen forecast --plot}: the picture is written, decodes, and has the size asked for. */
class ForecastPlotCommandTest {

    @TempDir
    Path dir;

    /** Three weekly series of 40 weeks (one more than --plot-series 2 draws). */
    private Path weekly() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 40; t++) {
                csv.append("shop").append(s).append(',').append(java.time.LocalDate.of(2023, 1, 2).plusWeeks(t))
                        .append(',').append(20 * s + t % 4 + 0.1 * t).append('\n');
            }
        }
        return Files.writeString(dir.resolve("weekly.csv"), csv);
    }

    private CliRun forecast(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("forecast", weekly().toString(), "--h", "4", "--freq", "W",
                "--models", "nlinear,dlinear", "--max-steps", "3", "--levels", "80,95", "-o",
                dir.resolve("f.csv").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void pngHasTheRequestedSize() throws IOException {
        Path png = dir.resolve("plot.png");
        CliRun r = forecast("--plot", png.toString(), "--plot-series", "2", "--plot-size", "640x300");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("zen: plot of 2 of 3 series written to " + png), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG that ImageIO decodes");
        assertEquals(640, image.getWidth());
        assertEquals(300, image.getHeight());
        // Not a blank picture: lines in several colours were drawn.
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, colours.size() + " colours");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    @Tag("slow") // Over 1 s: VectorGraphics2D's classes, loaded for this test alone.
    void svgIsAnSvgDocumentOfTheDefaultSize() throws Exception {
        Path svg = dir.resolve("plot.svg");
        CliRun r = forecast("--plot", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("zen: plot of 3 of 3 series written to " + svg), r.err());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The file names the SVG 1.1 DTD on w3.org; a test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        // Three series: two panels a row, 800x450 each.
        assertEquals("1600px", root.getAttribute("width"));
        assertEquals("900px", root.getAttribute("height"));
        // Drawn, not empty: lines, bands and text (XChart draws glyphs as outlines) are paths.
        int paths = root.getElementsByTagName("path").getLength();
        assertTrue(paths > 50, paths + " paths");
    }

    @Test
    void badPlotOptionsAreUsageErrors() throws IOException {
        CliRun gif = forecast("--plot", dir.resolve("plot.gif").toString());
        assertEquals(ZenCommand.EXIT_USAGE, gif.code());
        assertEquals("zen: --plot: the plot file must end in .png or .svg, got " + dir.resolve("plot.gif")
                + " (see 'zen forecast --help')", gif.err().strip());
        assertFalse(Files.exists(dir.resolve("f.csv")), "rejected before anything was fitted or written");
        CliRun size = forecast("--plot", dir.resolve("p.png").toString(), "--plot-size", "640");
        assertEquals(ZenCommand.EXIT_USAGE, size.code());
        assertEquals("zen: --plot-size must be WIDTHxHEIGHT in pixels, each 100 to 10000, e.g. 1200x600; got '640'"
                + " (see 'zen forecast --help')", size.err().strip());
        CliRun series = forecast("--plot", dir.resolve("p.png").toString(), "--plot-series", "0");
        assertEquals(ZenCommand.EXIT_USAGE, series.code());
        assertEquals("zen: --plot-series must be at least 1, got 0 (see 'zen forecast --help')", series.err().strip());
    }
}
