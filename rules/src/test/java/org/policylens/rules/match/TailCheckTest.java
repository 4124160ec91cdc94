package org.policylens.rules.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TailCheckTest {

    private static final String LIST = "([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)";

    @Test
    void partsAreAtomsWithTheirRepeats() {
        assertEquals(List.of(0, 18, 28, 29, 39), TailCheck.topLevelParts(LIST));
    }

    @Test
    void aTopLevelBarHasNoParts() {
        assertNull(TailCheck.topLevelParts("智能化、?绿色化|绿色化"));
    }

    @Test
    void aWindowWhereTheTailMatchesMayHoldAMatch() {
        String text = "推动物流、金融等现代服务业发展";
        assertTrue(TailCheck.of(LIST).mayMatch(text, 0, text.length()));
    }

    @Test
    void aWindowWhereTheTailMatchesNowhereIsSkipped() {
        String text = "发展电子信息、生物医药等战略性新兴产业";
        assertFalse(TailCheck.of(LIST).mayMatch(text, 0, text.length()));
    }

    @Test
    void aTailOfLiteralsOnlyIsNoCheck() {
        assertNull(TailCheck.of("[0-9*.]+(亿|万亿)(元|美元)"));
    }
}
