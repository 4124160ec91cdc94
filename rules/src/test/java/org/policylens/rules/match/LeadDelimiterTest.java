package org.policylens.rules.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeadDelimiterTest {

    @Test
    void takesTheWindowsOfTheRestAndDropsTheStartBranch() {
        LeadDelimiter d = LeadDelimiter.of("(^|[。；，：])[^。；，：]*、[^。；，]*等(项目|企业)[^。；，]*");
        assertNotNull(d);
        assertEquals("。；，", d.delimiters); // ： is read after 、 and then more: not a window delimiter of R
        assertEquals("[。；，：][^。；，：]*、[^。；，]*等(项目|企业)[^。；，]*", d.inner.regex());
    }

    @Test
    void aRestThatReadsADelimiterLastKeepsIt() {
        LeadDelimiter d = LeadDelimiter.of("(^|[。，])[^。，]*安全[^。，]*[。，]?");
        assertNotNull(d);
        assertEquals("。，", d.delimiters);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(^|[。；])[^。；]*安全|廉政",   // a top-level |
            "(^|[。a])[^。；]*安全",         // a class char that is not a delimiter candidate
            "(^|[。；])*[^。；]*安全",       // the group repeated
            "(^|[。；])^[^。；]*安全",       // ^ in R
            "(^|[。；])\\b安全",             // \b in R
            "(^|[。；]).*安全",              // R without delimiters
            "(^|各位代表)让我们[^。]*"})     // not a delimiter class
    void declinesOtherForms(String pattern) {
        assertNull(LeadDelimiter.of(pattern));
    }
}
