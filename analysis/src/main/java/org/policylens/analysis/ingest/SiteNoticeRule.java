package org.policylens.analysis.ingest;

import java.util.List;

/**
 * Notices of document-sharing sites: paid-download terms, upload disclaimers, "report a violation" and
 * customer-service contacts (客服微信). A line is removed when it contains one of these phrases, which do not
 * occur in government reports. Rule id {@code site-notice}.
 */
final class SiteNoticeRule implements CleaningRule {

    static final String ID = "site-notice";

    private static final List<String> PHRASES = List.of("客服微信", "客服QQ", "客服电话", "客服热线", "联系客服",
            "付费下载", "当您付费", "付费前", "本站所有", "本站不对", "违规举报", "下载文档", "文档只能用于", "本文档",
            "VIP会员", "开通会员");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        String text = lines.text();
        for (String phrase : PHRASES) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
                int line = lines.lineAt(at);
                if (r.live(line) && lines.length(line) <= 300) r.removeLine(line, ID);
            }
        }
    }
}
