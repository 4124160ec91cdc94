package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowBufferPoolTest {

    @Test
    void newestLargeEnoughArrayFirstAndAtMost32Held() {
        int n = RowBufferPool.MIN_BYTES + 101; // sizes no other test asks for
        byte[] small = new byte[n];
        byte[] older = new byte[n + 10];
        byte[] newer = new byte[n + 20];
        RowBufferPool.give(older);
        RowBufferPool.give(newer);
        RowBufferPool.give(small);
        assertSame(newer, RowBufferPool.take(n + 5)); // the newest (small) is too small: the next newest
        assertSame(older, RowBufferPool.take(n + 5));
        assertSame(small, RowBufferPool.take(n));
        byte[] fresh = RowBufferPool.take(n + 1_000_000);
        assertTrue(fresh.length >= n + 1_000_000);

        List<byte[]> given = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[n + 30 + i];
            given.add(b);
            RowBufferPool.give(b);
        }
        assertTrue(RowBufferPool.size() <= 32);
        assertSame(given.get(39), RowBufferPool.take(n)); // newest first
        for (int i = 0; i < 31; i++) RowBufferPool.take(n); // empties the pool of these (the oldest were dropped)
        RowBufferPool.give(new byte[RowBufferPool.MIN_BYTES - 1]); // too small to pool
        RowBufferPool.give(new byte[(64 << 20) + 1]); // too large to pool
        assertTrue(RowBufferPool.size() <= 32);
    }
}
