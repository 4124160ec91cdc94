package org.policylens.rules.match;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.rules.Classifier;
import org.policylens.rules.RulePack;
import org.policylens.rules.TestPacks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine runs patterns on clauses, at literal occurrences or not at all (PatternSet); on random texts built
 * from the patterns' own words and delimiters it must find exactly what RE2/J finds on the whole text. The
 * patterns are those of zh-policy when this test was written (kept here so pack edits do not change the test).
 */
class PatternRunEquivalenceTest {

    /** Delimiters, fillers and a capital letter, mixed into every text. */
    private static final String COMMON = "、 等 。 ； ， , ！ ? ： 推进 工作 第一 PM A";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "[“\"][^第\\P{Han}]\\p{Han}{0,2}(标准|品牌|制造|精品|字号)[”\"]#“ ” \" 上海 浙 标准 制造 品牌",
            "(^|各位代表，)让我们[^。！？!?]*#让我们 各位代表， 团结",
            "[^。；，！？!?]*惠民生[^。；，！？!?]*(上办实事|中办实事|的实事)#惠民生 上办实事 的实事 稳增长",
            "^[^。！？!?；;]*(思想为指导|把握新发展阶段|《纲要草案》|我代表)[^。！？!?；;]*#思想为指导 我代表 《纲要草案》 全面",
            "[^。；;，,！？!?]*(安全生产|廉政|腐败)([^、等。；;，,！？!?][^。；;，,！？!?]*|[。；;，,！？!?]|$)#安全生产 廉政 腐败 监管",
            // literals that overlap, in an order where the first is a prefix of the second: leftmost-first takes 人防 when
            // the tail matches after it, else tries 人防工程 (StarPrefix runs the tail after each literal in order)
            "[^。；，]*(人防|人防工程|防)(工程[^。；，]*|等|$)#人防 人防工程 防 工程 等 建设",
            "[^。；，]*(救灾|灾)#救灾 灾 救 减灾",
            "(增长|增速)[0-9*.]+(%|倍)#增长 增速 5 2.5 * % 倍",
            "投资[0-9*.]+(万|亿|万亿)?(元|美元)#投资 5 2.5 * 万 亿 万亿 元 美元",
            "[0-9*.]+(亿|万亿)(元|美元)#5 2.5 * 亿 万亿 元 美元",
            "美丽\\p{Han}{2,3}建设#美丽 中国 乡村 建设",
            "(\\p{Han}{2,4}、)+\\p{Han}{2,4}等\\p{Han}{0,4}消费#餐饮、 文化、 旅游、 体育 等消费 等服务消费 消费",
            // zh-policy 1.4.0 (issue #5: required sets in the window, anchored tries at first literals)
            "([一-鿿]{2,6}、){1,7}[一-鿿]{2,6}等[一-鿿]{0,4}(服务业|行业|产业)#金融、 物流 科技 等 现代服务业 产业 行业 等行业",
            "(教育|医疗|养老|就业)(、(教育|医疗|养老|就业)){1,7}等(优质|基本|基本公共)?(公共服务|民生|方面)?#教育 、医疗 养老 、就业 等 基本公共 民生 公共服务",
            "[^。；;，,！？!?]*等(重点)?(领域|行业)(加快)?(绿色|节能|低碳)#等 重点 领域 行业 加快 绿色 低碳 钢铁",
            "(能耗|减排|降耗)[^，。；;！？!?]{0,14}(下达|省定目标|(下降|降低)[0-9*.]+%左右)|下达的?(能耗|单位)#能耗 减排 下达 的 单位 下降 3.5 %左右 省定目标",
            "(智能化|数字化)、?(绿色化|高端化)|(绿色化|工业化)、?(智能化|数字化)(转型|改造)?#智能化 数字化 绿色化 高端化 工业化 转型 改造",
            "[^。；;，,！？!?]*(违规违法问题|违法违规问题)[^。；;，,！？!?]*#违规违法问题 违法违规问题 查处 严肃",
            "^[^。！？!?；;]*政府治理体系[^。！？!?；;]*#政府治理体系 推进 ； 完善",
            "新发展理念[，,、](加快|积极)[^。；;，,！？!?]{0,16}新发展格局#新发展理念，加快 新发展理念、积极 新发展理念 构建 新发展格局",
            // zh-policy 1.8.0, engine fast paths after it: LeadDelimiter ((^|[C])R on R's windows) ...
            "(^|[。；;，,！？!?：:])[^。；;，,！？!?：:智芯]*、[^。；;，,！？!?智芯]*等[0-9一二个家]*(个|家)?[^。；;，,！？!?科技智芯]{0,6}(项目|企业)[^。；;，,！？!?智芯]{0,12}(开工|建设)[^。；;，,！？!?智芯]*#项目 企业 开工 建设 智 芯 科技 5 个 家 园区 𠀀",
            "(^|[。，])[^。，]*(安全|廉政)[^。，]*[。，]?#安全 廉政 。 ， 工作 𠀀",
            "(^|[，])。?(安全|廉政)[^。，]*#安全 廉政 。 ， 。安全 ，。廉政",
            "(^|[。！])(安全|廉政)[^。！]*(工作|$)#安全 廉政 。 ！ 工作 ！安全",
            // ... and SimpleTail (StarPrefix tails of single-char items, a last star, $ alone)
            "[^。；，]*(安全|廉政)[^、等][^。；，]*#安全 廉政 监管 𠀀 、",
            "[^。；，]*(安全|廉政|安全生产)(等[^。；，]*|工作|$)#安全 廉政 安全生产 工作 工 𠀀",
            "[^。；，]*(安全|廉政)([^、等][^。；，]*|[。；，]|$)#安全 廉政 监管 𠀀 、 等",
            // ... and StarPrefix with excluded chars that are not window delimiters, letters, optional literal chars
            "^[^。！？!?G远]*(传染源|流调|核酸)[^。！？!?G远]*#传染源 流调 核酸 g G 远 防疫 远程",
            "[^。；，G远]*(安全|廉政|远程)([^、等。；，][^。；，]*|$)#安全 廉政 远程 g 远 监管 、",
            "[^。；，k远]*(安全|远程)[^。；，s]*#安全 远程 k K \u212A s S \u017F 远",
            "^[^。！？!?；;]*(我谨代表|崇高的?敬意|衷心的?感谢)[^。！？!?；;]*#我谨代表 崇高的敬意 崇高敬意 崇高 的 敬意 衷心感谢 衷心的感谢",
            "[^。；，远]*(崇高的?敬意|敬意|高的?敬)(工作|的|$)#崇高的敬意 崇高敬意 敬意 高敬 高的敬 工作 的 远"})
    void randomTextsGiveRe2sWholeTextMatches(String pattern, String words) {
        String[] pieces = (words + " " + COMMON).split(" ");
        Classifier c = TestPacks.inline(dir, "eq.yaml", TestPacks.oneTheme("- {id: alpha.p, kind: pattern, weight: 1, pattern: \""
                + pattern.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}\n")).classifier();
        Pattern re = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        Random random = new Random(pattern.hashCode());
        int matched = 0;
        for (int n = 0; n < 1000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            List<String> expected = wholeText(re, text.toLowerCase(java.util.Locale.ROOT));
            List<String> got = c.classify(text).evidence().stream().map(m -> m.start() + ":" + m.end()).toList();
            assertEquals(expected, got, text);
            if (!expected.isEmpty()) matched++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched > 0, "no random text matched: the test would prove nothing");
    }

    private static List<String> wholeText(Pattern re, String text) {
        Matcher m = re.matcher(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length() && m.find(at)) {
            if (m.end() > m.start()) {
                out.add(m.start() + ":" + m.end());
                at = m.end();
            } else {
                at = m.end() + 1;
            }
        }
        return out;
    }
}
