package dev.zenneural.tools.cli;

import dev.zenneural.core.nn.train.EpochReport;
import dev.zenneural.core.nn.train.TrainingListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Training progress on stderr: on a terminal a bar redrawn in place (epoch, MSE, epochs per second,
 * time left); otherwise a plain line every {@code everyEpochs} epochs (and the first), or about
 * every two seconds when that is 0; nothing when quiet. {@link #finish()} shows the last epoch.
 */
final class Progress implements TrainingListener {

    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    enum Mode { TERMINAL, PLAIN, QUIET }

    private final PrintWriter err;
    private final Mode mode;
    private final int maxEpochs;
    private final int everyEpochs;
    private long lastShown = Long.MIN_VALUE;
    private EpochReport last;
    private boolean lastOnScreen;

    Progress(PrintWriter err, Mode mode, int maxEpochs, int everyEpochs) {
        this.err = err;
        this.mode = mode;
        this.maxEpochs = maxEpochs;
        this.everyEpochs = everyEpochs;
    }

    @Override
    public Decision onEpoch(EpochReport r) {
        if (mode == Mode.QUIET) {
            return Decision.CONTINUE;
        }
        long now = r.elapsed().toNanos();
        last = r;
        lastOnScreen = false;
        boolean due = mode == Mode.TERMINAL ? lastShown == Long.MIN_VALUE || now - lastShown >= BAR_INTERVAL_NANOS
                : everyEpochs > 0 ? r.epoch() % everyEpochs == 0 || r.epoch() == 1
                : lastShown == Long.MIN_VALUE || now - lastShown >= PLAIN_INTERVAL_NANOS;
        if (due) {
            show(r);
            lastShown = now;
        }
        return Decision.CONTINUE;
    }

    private void show(EpochReport r) {
        if (mode == Mode.TERMINAL) {
            err.print("\r" + bar(r));
        } else {
            err.println(line(r));
        }
        err.flush();
        lastOnScreen = true;
    }

    /** Shows the last epoch if it was not, and ends the bar's line so that what follows starts anew. */
    void finish() {
        if (mode == Mode.QUIET || last == null) {
            return;
        }
        if (!lastOnScreen) {
            show(last);
        }
        if (mode == Mode.TERMINAL) {
            err.println();
            err.flush();
        }
    }

    private String line(EpochReport r) {
        String validation = r.validationMse().isPresent()
                ? String.format(Locale.ROOT, " validation-mse %.6g", r.validationMse().getAsDouble()) : "";
        return String.format(Locale.ROOT, "epoch %d/%d mse %.6g bit-fails %d%s elapsed %.1fs", r.epoch(), maxEpochs,
                r.trainMse(), r.bitFails(), validation, r.elapsed().toNanos() * 1e-9);
    }

    private String bar(EpochReport r) {
        double seconds = r.elapsed().toNanos() * 1e-9;
        double rate = seconds > 0 ? r.epoch() / seconds : 0;
        int filled = (int) ((long) BAR_WIDTH * r.epoch() / maxEpochs);
        String eta = rate > 0 ? String.format(Locale.ROOT, "%.0fs", (maxEpochs - r.epoch()) / rate) : "?";
        return String.format(Locale.ROOT, "[%s%s] epoch %d/%d  mse %.6g  %.0f epochs/s  eta %s ",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), r.epoch(), maxEpochs, r.trainMse(), rate, eta);
    }
}
