package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.policylens.rules.pack.RuleDef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exclusion step's indexes: the context groups a unit holds, and the term test without a substring. */
class ExclusionGroupsTest {

    @Test
    void contextGroupsAreTheDistinctGroupsSeenAscendingAndResetClearsThem() {
        SplittableRandom r = new SplittableRandom(5);
        int groups = 40;
        List<int[]> codes = new ArrayList<>();
        List<int[]> keyGroups = new ArrayList<>();
        for (int k = 0; k < 30; k++) { // key k: no candidates, bounded, proximity; some context groups; no literal or intensifier
            int n = r.nextInt(4);
            int[] gs = new int[n];
            for (int i = 0; i < n; i++) gs[i] = r.nextInt(groups);
            keyGroups.add(gs);
            int[] code = new int[3 + 1 + n + 1 + 1];
            code[3] = n;
            System.arraycopy(gs, 0, code, 4, n);
            code[code.length - 1] = -1;
            codes.add(code);
        }
        UnitScan scan = new UnitScan(new RuleDef[0], groups, 0, KeyCodes.of(codes));
        for (int unit = 0; unit < 2_000; unit++) {
            scan.reset();
            TreeSet<Integer> expected = new TreeSet<>();
            int hits = r.nextInt(12);
            for (int h = 0; h < hits; h++) {
                int k = r.nextInt(codes.size());
                for (int g : keyGroups.get(k)) expected.add(g);
                int s = r.nextInt(50);
                scan.hit(s, s + 2, null, k);
                if (r.nextInt(4) == 0) scan.contextGroups(); // sorted midway, then more hits
            }
            int[] got = Arrays.copyOf(scan.contextGroups(), scan.contextGroupCount());
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), got);
            assertEquals(!expected.isEmpty(), scan.hasContexts());
            for (int g : got) assertEquals(false, scan.contexts(g).isEmpty());
        }
    }

    @Test
    void isOneOfIsContainsOfTheSlice() {
        SplittableRandom r = new SplittableRandom(6);
        String chars = "产业发展ab";
        for (int k = 0; k < 20_000; k++) {
            List<String> terms = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) terms.add(random(r, chars, 1 + r.nextInt(3)));
            String text = random(r, chars, r.nextInt(8));
            int start = r.nextInt(text.length() + 1);
            int end = start + r.nextInt(text.length() - start + 1);
            assertEquals(terms.contains(text.substring(start, end)), Exclusions.isOneOf(terms.toArray(new String[0]), text, start, end), text);
        }
    }

    private static String random(SplittableRandom r, String chars, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
        return sb.toString();
    }
}
