package org.policylens.rules.match;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link LocalPattern}: one compiled pattern per thread, each the same expression as {@code Pattern.compile} gives. */
class LocalPatternTest {

    private static final String RE = "([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)|ai[^。]*";

    @Test
    void aThreadKeepsItsPatternAndAnotherThreadGetsItsOwnCopy() throws InterruptedException {
        LocalPattern p = new LocalPattern(RE);
        Pattern mine = p.get();
        assertSame(mine, p.get());
        AtomicReference<Pattern> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(p.get()));
        t.start();
        t.join();
        assertNotSame(mine, other.get());
        for (Pattern q : List.of(mine, other.get())) {
            assertEquals(RE, q.pattern());
            assertEquals(Pattern.CASE_INSENSITIVE, q.flags());
        }
        assertEquals(RE, p.regex());
    }

    @Test
    void copiesFindWhatTheSharedPatternFinds() throws InterruptedException {
        Pattern reference = Pattern.compile(RE, Pattern.CASE_INSENSITIVE);
        LocalPattern p = new LocalPattern(RE);
        String[] texts = {"发展制造业、农业、旅游业等现代服务业。", "推动AI产业，AI赋能。", "无关文本", "金融、物流等行业和ai"};
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Thread t = new Thread(() -> {
                try {
                    for (int round = 0; round < 200; round++) {
                        for (String s : texts) assertEquals(finds(reference, s), finds(p.get(), s), s);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failures);
    }

    @Test
    void aBadExpressionFailsAtConstruction() {
        assertThrows(PatternSyntaxException.class, () -> new LocalPattern("(unclosed"));
    }

    private static List<String> finds(Pattern re, String text) {
        List<String> out = new ArrayList<>();
        com.google.re2j.Matcher m = re.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
