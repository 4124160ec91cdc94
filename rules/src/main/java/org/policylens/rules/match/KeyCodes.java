package org.policylens.rules.match;

import java.util.List;

/**
 * The {@link KeyUse#code() codes} of every automaton key in one array: key {@code k}'s code starts at
 * {@code pool[starts[k]]}. One contiguous array keeps the scan's reads close together.
 */
record KeyCodes(int[] pool, int[] starts) {

    static KeyCodes of(List<int[]> codes) {
        int[] starts = new int[codes.size()];
        int size = 0;
        for (int i = 0; i < codes.size(); i++) {
            starts[i] = size;
            size += codes.get(i).length;
        }
        int[] pool = new int[size];
        for (int i = 0; i < codes.size(); i++) System.arraycopy(codes.get(i), 0, pool, starts[i], codes.get(i).length);
        return new KeyCodes(pool, starts);
    }
}
