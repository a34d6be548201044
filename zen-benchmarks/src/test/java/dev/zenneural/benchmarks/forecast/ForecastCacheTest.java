package dev.zenneural.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCacheTest {

    @TempDir
    Path dir;

    private static ForecastCache.Entry entry() {
        Map<String, double[]> forecasts = new LinkedHashMap<>();
        forecasts.put("N1", new double[] {1.5, -0.1, 1e-300});
        forecasts.put("N 2", new double[] {Math.PI, 4200.125, Double.MIN_VALUE});
        return new ForecastCache.Entry(forecasts, 12.5, 0.031);
    }

    @Test
    void storedForecastsReadBackExactly() {
        ForecastCache cache = new ForecastCache(dir, "validate abc h=18 steps=2000");
        cache.store("nhits@3:2/smape", entry());
        ForecastCache.Entry back = new ForecastCache(dir, "validate abc h=18 steps=2000").load("nhits@3:2/smape")
                .orElseThrow();
        assertEquals(List.of("N1", "N 2"), List.copyOf(back.forecasts().keySet()));
        for (String id : entry().forecasts().keySet()) {
            assertArrayEquals(entry().forecasts().get(id), back.forecasts().get(id), 0.0, id);
        }
        assertEquals(12.5, back.fitSeconds());
        assertEquals(0.031, back.predictSeconds());
    }

    @Test
    void anotherModelOrContextFindsNothing() {
        new ForecastCache(dir, "validate abc h=18 steps=2000").store("nhits@3", entry());
        assertTrue(new ForecastCache(dir, "validate abc h=18 steps=2000").load("nhits@3:2").isEmpty());
        assertTrue(new ForecastCache(dir, "validate abc h=18 steps=1000").load("nhits@3").isEmpty());
        assertTrue(new ForecastCache(dir, "test abc h=18 steps=2000").load("nhits@3").isEmpty());
    }

    @Test
    void aFileHoldingAnotherKeyIsRefused() throws IOException {
        new ForecastCache(dir, "validate abc").store("nhits", entry());
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(0, "validate xyz | nhits");
        Files.write(file, lines, StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ForecastCache(dir, "validate abc").load("nhits"));
        assertTrue(e.getMessage().contains("validate xyz | nhits"), e.getMessage());
    }

    @Test
    void rejectsWhatItCannotStore() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastCache(dir, "two\nlines"));
        ForecastCache cache = new ForecastCache(dir, "validate abc");
        ForecastCache.Entry tabbed = new ForecastCache.Entry(Map.of("a\tb", new double[] {1}), 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cache.store("nhits", tabbed));
        assertTrue(e.getMessage().contains("tab"), e.getMessage());
        assertTrue(cache.load("nhits").isEmpty(), "a refused store leaves no file");
    }

    @Test
    void digestNamesTheContents() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ForecastCache.digest("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
