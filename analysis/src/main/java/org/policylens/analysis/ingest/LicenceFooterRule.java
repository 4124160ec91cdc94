package org.policylens.analysis.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence footer a wiki (Wikisource) appends to a public-domain text: 本作品是中华人民共和国的 法律 …
 * 公有领域 … Public domain … false false, split over many short lines. Found in the last 80 lines: from a
 * line that opens a licence statement to the end, provided the tail names a licence. Rule id {@code licence-footer}.
 */
final class LicenceFooterRule implements CleaningRule {

    static final String ID = "licence-footer";

    private static final Pattern OPENING = Pattern.compile("本作品|This work");
    private static final Pattern LICENCE = Pattern.compile("公有领域|Public domain|知识共享|Creative Commons|CC[ -]BY");

    @Override
    public void apply(Removals r) {
        TextLines lines = r.lines();
        int n = lines.count();
        String text = lines.text();
        Matcher opening = OPENING.matcher(text);
        Matcher licence = null;
        for (int i = Math.max(0, n - 80); i < n; i++) {
            if (!r.live(i) || !opening.region(lines.start(i), lines.end(i)).lookingAt()) continue;
            if (licence == null) licence = LICENCE.matcher(text);
            if (licence.region(lines.start(i), text.length()).find()) {
                for (int j = i; j < n; j++) r.removeLine(j, ID);
                return;
            }
        }
    }
}
