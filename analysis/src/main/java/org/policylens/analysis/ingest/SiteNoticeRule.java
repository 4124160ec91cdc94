package org.policylens.analysis.ingest;

import java.util.regex.Pattern;

/**
 * Notices of document-sharing sites: paid-download terms, upload disclaimers, "report a violation" and
 * customer-service contacts (客服微信). A line is removed when it contains one of these phrases, which do not
 * occur in government reports. Rule id {@code site-notice}.
 */
final class SiteNoticeRule implements CleaningRule {

    static final String ID = "site-notice";

    private static final Pattern NOTICE = Pattern.compile(
            "客服(微信|QQ|电话|热线)|联系客服|付费下载|当您付费|付费前|本站所有|本站不对|违规举报|下载文档|文档只能用于"
                    + "|本文档|VIP会员|开通会员");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        for (int i = 0; i < lines.count(); i++) {
            if (r.live(i) && lines.length(i) <= 300 && NOTICE.matcher(lines.content(i)).find()) r.removeLine(i, ID);
        }
    }
}
