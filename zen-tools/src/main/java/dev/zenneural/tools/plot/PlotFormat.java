package dev.zenneural.tools.plot;

import java.nio.file.Path;
import java.util.Locale;

/** The picture formats a plot can be written in, chosen by the file name's extension. */
public enum PlotFormat {

    /** A raster image, {@code .png}. */
    PNG,
    /** A vector image, {@code .svg}. */
    SVG;

    /**
     * The format {@code file}'s name asks for.
     *
     * @throws IllegalArgumentException naming the file when it ends in neither {@code .png} nor {@code .svg}
     */
    public static PlotFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return PNG;
        }
        if (lower.endsWith(".svg")) {
            return SVG;
        }
        throw new IllegalArgumentException("the plot file must end in .png or .svg, got " + file);
    }
}
