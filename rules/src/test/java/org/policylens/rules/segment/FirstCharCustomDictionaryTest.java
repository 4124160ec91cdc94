package org.policylens.rules.segment;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The custom-word pass with the first-char table reports what HanLP's reports: same hits, order and values. */
class FirstCharCustomDictionaryTest {

    @Test
    void parseTextReportsWhatHanlpsReports() {
        List<String> words = new ArrayList<>(ChineseSegmenter.projectWords());
        words.addAll(List.of("新质生产力", "专精特新", "a", "ab", "abc", "生产", "生产力发展"));
        DynamicCustomDictionary plain = new DynamicCustomDictionary();
        FirstCharCustomDictionary fast = new FirstCharCustomDictionary();
        for (String w : words) {
            plain.insert(w, "nz 1000");
            fast.insert(w, "nz 1000");
        }
        fast.freeze();
        StringBuilder alphabet = new StringBuilder("，。、的和在推进xab 加快建设现代化产业体系推动高质量发展深化改革开放"
                + "扩大内需促进消费稳定就业保障民生生态环境保护绿色低碳转型科技创新能力提升数字经济中小企业");
        for (String w : words) alphabet.append(w);
        SplittableRandom r = new SplittableRandom(21);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(8);
            for (int i = 0; i < parts + r.nextInt(12); i++) {
                if (r.nextBoolean()) {
                    String w = words.get(r.nextInt(words.size()));
                    int from = r.nextInt(w.length());
                    sb.append(w, from, from + 1 + r.nextInt(w.length() - from));
                } else {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            char[] text = sb.toString().toCharArray();
            List<Object[]> expected = new ArrayList<>();
            plain.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute>) (b, e, v) -> expected.add(new Object[]{b, e, v}));
            List<Object[]> got = new ArrayList<>();
            fast.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute>) (b, e, v) -> got.add(new Object[]{b, e, v}));
            assertEquals(expected.size(), got.size(), sb.toString());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i)[0], got.get(i)[0], sb.toString());
                assertEquals(expected.get(i)[1], got.get(i)[1], sb.toString());
                CoreDictionary.Attribute a = (CoreDictionary.Attribute) expected.get(i)[2];
                CoreDictionary.Attribute b = (CoreDictionary.Attribute) got.get(i)[2];
                assertEquals(a.toString(), b.toString(), sb.toString());
                assertEquals(a.totalFrequency, b.totalFrequency);
            }
        }
    }

    @Test
    void unfrozenOrEmptyUsesHanlpsCode() {
        FirstCharCustomDictionary d = new FirstCharCustomDictionary();
        assertSame(d, d.freeze()); // nothing inserted: no trie, HanLP's parse
        List<String> got = new ArrayList<>();
        d.parseText("新质生产力".toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute>) (b, e, v) -> got.add(b + "-" + e));
        List<String> expected = new ArrayList<>();
        new DynamicCustomDictionary().parseText("新质生产力".toCharArray(),
                (AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute>) (b, e, v) -> expected.add(b + "-" + e));
        assertEquals(expected, got);
    }

    @Test
    void theBundledWordsHaveTables() {
        FirstCharCustomDictionary d = new FirstCharCustomDictionary();
        assertEquals(true, FirstCharCustomDictionary.datTables(d.dat) != null); // else the test above tests HanLP against itself
    }
}
