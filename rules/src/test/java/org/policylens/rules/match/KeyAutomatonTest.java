package org.policylens.rules.match;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyAutomatonTest {

    private static final List<String> KEYS = List.of("生态", "创新生态", "生态环境", "环境", "pm2.5", "2.5", "空气质量", "空气", "大力");

    @ParameterizedTest
    @ValueSource(strings = {"打造一流创新生态，改善生态环境质量", "pm2.5平均浓度下降，空气质量优良天数比例提高",
            "大力大力推进", "没有一个词", "", "创新生态环境空气质量pm2.5"})
    void findsWhatTheAutomatonOnTheOriginalKeysFindsInTheSameOrder(String text) {
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        TreeMap<String, Integer> index = new TreeMap<>();
        for (String k : KEYS) keys.put(k, new KeyUse());
        keys.keySet().forEach(k -> index.put(k, index.size()));
        AhoCorasickDoubleArrayTrie<Integer> plain = new AhoCorasickDoubleArrayTrie<>();
        plain.build(index);
        List<String> expected = new ArrayList<>();
        plain.parseText(text.toCharArray(), (AhoCorasickDoubleArrayTrie.IHitFull<Integer>) (b, e, v, k) -> expected.add(b + "-" + e + ":" + k));

        List<String> got = new ArrayList<>();
        new KeyAutomaton(keys).scan(text, (b, e, v, k) -> got.add(b + "-" + e + ":" + k));
        assertEquals(expected, got);
    }

    @org.junit.jupiter.api.Test
    void capitalsAreMatchedAsLowerCaseAndReported() {
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        keys.put("pm2.5", new KeyUse());
        List<String> got = new ArrayList<>();
        boolean upper = new KeyAutomaton(keys).scan("PM2.5浓度", (b, e, v, k) -> got.add(b + "-" + e));
        assertEquals(List.of("0-5"), got);
        assertEquals(true, upper);
    }

    @org.junit.jupiter.api.Test
    void walkingTheArraysFindsWhatHanlpsParseTextFinds() {
        TreeMap<String, KeyUse> keys = new TreeMap<>();
        for (String k : KEYS) keys.put(k, new KeyUse());
        for (String k : List.of("态", "生态环境质量", "境", "a", "ab", "b.c", "质量优良", "优良天数")) keys.put(k, new KeyUse());
        KeyAutomaton a = new KeyAutomaton(keys);
        assertEquals(true, a.walksArrays());
        String alphabet = "生态创新环境空气质量优良天数大力pmPM2.5aAbBc，。 x中";
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            int len = r.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertScansAsReference(a, sb.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void anEmptyAutomatonFindsNothing() {
        List<String> got = new ArrayList<>();
        assertEquals(true, new KeyAutomaton(new TreeMap<>()).scan("Abc", (b, e, v, k) -> got.add(b + "-" + e)));
        assertEquals(List.of(), got);
    }

    /** The whole builtin pack's automaton on texts drawn from its keys' chars (deep states, long fail chains). */
    @org.junit.jupiter.api.Test
    void theBuiltinPacksAutomatonWalksAsParseTextDoes() throws Exception {
        org.policylens.rules.pack.PackDef pack = org.policylens.rules.RulePack.builtin().definition();
        MatchEngine engine = new MatchEngine(pack);
        java.lang.reflect.Field f = MatchEngine.class.getDeclaredField("automaton");
        f.setAccessible(true);
        KeyAutomaton a = (KeyAutomaton) f.get(engine);
        assertEquals(true, a.walksArrays());
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (org.policylens.rules.pack.RuleDef r : pack.rules()) keys.addAll(r.terms());
        StringBuilder chars = new StringBuilder("，。、 xAZ中");
        for (String k : keys) chars.append(k);
        java.util.SplittableRandom r = new java.util.SplittableRandom(12);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(8);
            for (int i = 0; i < parts; i++) { // pieces of keys glued together, with stray chars
                String key = keys.get(r.nextInt(keys.size()));
                int from = r.nextInt(key.length());
                sb.append(key, from, from + 1 + r.nextInt(key.length() - from));
                if (r.nextInt(3) == 0) sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            assertScansAsReference(a, sb.toString());
        }
    }

    /** {@code scan} reports the same hits, in the same order, and the same upper-case flag as {@code scanReference}. */
    private static void assertScansAsReference(KeyAutomaton a, String text) {
        List<String> expected = new ArrayList<>();
        boolean expectedUpper = a.scanReference(text, (b, e, v, key) -> expected.add(b + "-" + e + ":" + key));
        List<String> got = new ArrayList<>();
        boolean upper = a.scan(text, (b, e, v, key) -> got.add(b + "-" + e + ":" + key));
        assertEquals(expected, got, text);
        assertEquals(expectedUpper, upper, text);
    }
}
