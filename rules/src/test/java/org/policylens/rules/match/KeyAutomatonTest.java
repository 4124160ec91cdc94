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
}
