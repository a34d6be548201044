package dev.zenneural.core.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Thread pools of zen's own: internal, not an application API. */
public final class Pools {

    private Pools() {
    }

    /**
     * A fixed pool of {@code threads} daemon threads named {@code name}: daemons never keep the JVM
     * alive, so a pool that is not shut down cannot hang an application on exit.
     */
    public static ExecutorService daemons(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
