package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh root allocator per test, checked after it: every test, failing reads included, must give
 * all Arrow memory back; {@code close()} also throws Arrow's own "Memory was leaked" report.
 */
abstract class LeakCheckedTest {

    protected BufferAllocator allocator;

    @BeforeEach
    void openAllocator() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void checkNothingLeaked() {
        assertEquals(0, allocator.getAllocatedMemory(), "bytes still allocated");
        allocator.close();
    }
}
