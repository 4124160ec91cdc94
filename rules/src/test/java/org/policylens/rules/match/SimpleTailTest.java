package org.policylens.rules.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class SimpleTailTest {

    @ParameterizedTest
    @ValueSource(strings = {"([^、等。；;，,！？!?][^。；;，,！？!?]*|[。；;，,！？!?]|$)", "[^。；，]*", "(工作|等[^。]*|$)",
            "[^、等][^。；，]*", "(建设|$)"})
    void appliesToTheClauseEndings(String tail) {
        assertNotNull(SimpleTail.of(tail));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[^。]*等", "(é|b)", "[^É]*", "[^a-z]*", "(工作)+", "(工作|建设)?", "[一-鿿]*", "\\\\d*", "(工作)等",
            "工作|建设", "((工作))", "(?:工作)", "[^。]{0,3}", "^工作", "(工作|)", "[^。]+"})
    void declinesEverythingElse(String tail) {
        assertNull(SimpleTail.of(tail));
    }

    @ParameterizedTest
    @ValueSource(strings = {"([^、等。；，][^。；，]*|[。；，]|$)", "([^、等。；;，,！？!?][^。；;，,！？!?]*|[。；;，,！？!?]|$)",
            "[^。；，!?*.]*", "[^。；，]*", "(工作|等[^。]*|$)", "[^、等][^。；，]*",
            "(工作|工|作业|$)", "(等|等等[^。]*)", "([^。][^。]|[^。])"})
    void matchesAsRe2jAnchoredOnRandomTexts(String tail) {
        SimpleTail t = SimpleTail.of(tail);
        Pattern re = Pattern.compile(tail, Pattern.CASE_INSENSITIVE);
        String[] pieces = {"工作", "工", "作业", "等", "等等", "、", "。", "；", "，", "监管", "𠀀", "\uD840", "a", "A", "!", "?", "！", "*", "."};
        Random random = new Random(tail.hashCode());
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            int p = random.nextInt(text.length() + 1);
            int e = p + random.nextInt(text.length() - p + 1);
            Matcher m = re.matcher(text.substring(p, e));
            int expected = m.lookingAt() ? p + m.end() : -1;
            assertEquals(expected, t.match(text, p, e), text + " [" + p + ", " + e + ")");
        }
    }
}
