package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BlockQueueTest {

    private static List<Integer> drain(BlockQueue queue, int thread) {
        List<Integer> taken = new ArrayList<>();
        for (int b = queue.take(thread); b >= 0; b = queue.take(thread)) {
            taken.add(b);
        }
        return taken;
    }

    @Test
    void aThreadTakesItsOwnShareFirstThenTheOthersFromTheirEnds() {
        BlockQueue queue = new BlockQueue(3);
        queue.reset(10, 3); // shares 0-2, 3-5 and 6-9
        assertEquals(List.of(3, 4, 5, 9, 8, 7, 6, 2, 1, 0), drain(queue, 1));
        assertEquals(List.of(), drain(queue, 0));
    }

    @Test
    void twoThreadsMeetWhereTheFasterCatchesUp() {
        BlockQueue queue = new BlockQueue(2);
        queue.reset(16, 2);
        assertEquals(0, queue.take(0));
        assertEquals(8, queue.take(1));
        assertEquals(1, queue.take(0));
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15, 7, 6, 5, 4, 3, 2), drain(queue, 1));
        assertEquals(-1, queue.take(0));
    }

    @Test
    void resetStartsAfresh() {
        BlockQueue queue = new BlockQueue(2);
        queue.reset(4, 2);
        drain(queue, 0);
        queue.reset(3, 1);
        assertEquals(List.of(0, 1, 2), drain(queue, 0));
    }

    @Test
    void concurrentThreadsTakeEveryBlockOnce() throws InterruptedException {
        int threads = 4;
        int blocks = 5_000;
        BlockQueue queue = new BlockQueue(threads);
        for (int round = 0; round < 20; round++) {
            queue.reset(blocks, threads);
            ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> takers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                takers.add(new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    taken.addAll(drain(queue, thread));
                }));
            }
            takers.forEach(Thread::start);
            start.countDown();
            for (Thread taker : takers) {
                taker.join();
            }
            boolean[] seen = new boolean[blocks];
            for (int b : taken) {
                assertTrue(!seen[b], "block " + b + " taken twice");
                seen[b] = true;
            }
            assertEquals(blocks, taken.size(), "every block taken");
        }
    }

    @Test
    void moreThreadsThanTheQueueHoldsAreRefused() {
        BlockQueue queue = new BlockQueue(2);
        assertThrows(IllegalArgumentException.class, () -> queue.reset(8, 3));
        assertThrows(IllegalArgumentException.class, () -> queue.reset(8, 0));
    }
}
