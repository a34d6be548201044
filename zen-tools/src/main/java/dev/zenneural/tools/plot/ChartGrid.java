package dev.zenneural.tools.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dev.zenneural.core.io.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;

/**
 * Charts painted side by side into one picture, row by row, each in an equal cell, and written
 * atomically as PNG or SVG. XChart's own encoders write one chart a file; a grid needs the painting
 * done here.
 */
final class ChartGrid {

    static {
        // The CLI never opens a window; without this, AWT would look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final List<XYChart> charts;
    private final int columns;
    private final int width;
    private final int height;

    /**
     * A grid of {@code charts} in {@code columns} columns, the whole picture {@code width} x
     * {@code height} pixels.
     */
    ChartGrid(List<XYChart> charts, int columns, int width, int height) {
        if (charts.isEmpty() || columns < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart grid needs charts, columns and a size; got " + charts.size()
                    + " charts, " + columns + " columns, " + width + "x" + height);
        }
        this.charts = List.copyOf(charts);
        this.columns = Math.min(columns, charts.size());
        this.width = width;
        this.height = height;
    }

    /** Writes the picture to {@code file} atomically, in the format its extension names. */
    void write(Path file) throws IOException {
        PlotFormat format = PlotFormat.of(file);
        AtomicFiles.write(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (format == PlotFormat.PNG) {
                    writePng(out);
                } else {
                    writeSvg(out);
                }
            }
        });
    }

    private void writePng(OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out);
    }

    private void writeSvg(OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(g);
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
    }

    private void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int rows = (charts.size() + columns - 1) / columns;
        int cellWidth = width / columns;
        int cellHeight = height / rows;
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D cell = (Graphics2D) g.create(i % columns * cellWidth, i / columns * cellHeight, cellWidth,
                    cellHeight);
            try {
                charts.get(i).paint(cell, cellWidth, cellHeight);
            } finally {
                cell.dispose();
            }
        }
    }
}
