package org.policylens.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.cli.InputException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one-pass ExplorerUnits and ReportData's streamed JSON against the code they replaced (round 15: a two-pass
 * ExplorerUnits and a Jackson tree): the units, counts, errors and JSON of every case below, in order, hash to the
 * SHA-256 that the former code gave on the same cases (recorded when it was replaced; the temporary folder's path
 * is masked). A change of these outputs must be deliberate: then record the new digests here.
 */
class ExplorerUnitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the former code gave on {@link #fixtureGivesTheSameUnits}'s and the random folders' cases. */
    private static final String FIXTURE_DIGEST = "5b2428fe0bde799c25bb98d3c2b1076ef4f13ecb92e2fe7ccc47a9d5e45ceb9c";
    private static final String RANDOM_DIGEST = "022cf69ec69943ca184f2077102434658801da3caa404aa10ca8367158e16d23";

    @TempDir
    Path tmp;

    private final MessageDigest sha = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private void take(String text) {
        sha.update(text.replace(tmp.toString(), "<tmp>").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String describe(OutputFolder out, ReportOptions options) {
        ReportData.Indexer docs = new ReportData.Indexer();
        ReportData.Indexer themes = new ReportData.Indexer();
        ReportData.Indexer parts = new ReportData.Indexer();
        docs.of("d3");
        themes.of("economy");
        StringBuilder sb = new StringBuilder();
        String json;
        try {
            ExplorerUnits e = new ExplorerUnits(out, docs, themes, parts, options);
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.writeStartObject();
                e.writeTo(g);
                g.writeEndObject();
            }
            json = w.toString();
            for (String d : docs.values()) {
                sb.append(d).append(':').append(e.total(d)).append('/').append(e.shown(d)).append(' ');
            }
            sb.append(e.size()).append(' ').append(e.highlights()).append(' ').append(e.outside()).append(' ')
                    .append(e.maxPerDocument()).append(' ').append(e.capped());
        } catch (InputException e) {
            return "error " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb + "\n" + docs.values() + themes.values() + parts.values() + "\n" + json;
    }

    /** Takes one case's outputs into the digest; the page's script JSON must be the escaped data JSON. */
    private void take(Path dir, ReportOptions options, String what) {
        OutputFolder out = OutputFolder.read(dir);
        take(describe(out, options));
        List<ReportTheme> themes = ReportThemes.resolve(out.themeIds(), options.themes());
        String json;
        try {
            json = new ReportData(out, themes, options).toJson();
        } catch (InputException e) {
            take("tree error");
            return;
        }
        take(json);
        StringBuilder b = new StringBuilder("<x>");
        new ReportData(out, themes, options).appendScriptJson(b);
        assertEquals("<x>" + Html.scriptJson(json), b.toString(), what);
    }

    @Test
    void fixtureGivesTheSameUnits() {
        Path dir = Fixture.copyTo(tmp);
        for (int max = 1; max <= 12; max++) {
            for (int total = 1; total <= 30; total += 7) {
                take(dir, ReportOptions.DEFAULT.withMaxUnitsPerDocument(max).withMaxUnits(total), max + "/" + total);
            }
        }
        assertEquals(FIXTURE_DIGEST, HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void randomFoldersGiveTheSameUnitsAndErrors() throws IOException {
        Random random = new Random(15);
        String header = Files.readAllLines(Fixture.source().resolve("units.csv")).get(0);
        for (int n = 0; n < 60; n++) {
            Path dir = Fixture.copyTo(tmp.resolve("f" + n));
            List<String> units = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            int docs = 1 + random.nextInt(12);
            for (int d = 0; d < docs; d++) {
                List<String> rows = new ArrayList<>();
                int count = random.nextInt(25);
                for (int u = 0; u < count; u++) {
                    int start = u * 10;
                    String unit = n % 10 == 9 && random.nextInt(40) == 0 ? "x" : String.valueOf(u);
                    String end = n % 10 == 8 && random.nextInt(40) == 0 ? "z" : String.valueOf(start + 8);
                    rows.add("d" + d + "," + unit + ",0," + (u % 2 == 0 ? "review" : "plan") + ",s" + (u % 3) + ","
                            + (u == 0) + "," + start + "," + end + ",economy,economy,1,0,0,0,0,,,句子<b>&amp;\u2028\u2029文字" + u + "号。");
                    for (int k = random.nextInt(3); k > 0; k--) {
                        int s = start + random.nextInt(12) - 2;
                        String ev = "d" + d + "," + (n % 10 == 7 && random.nextInt(30) == 0 ? "y" : u) + ",r"
                                + random.nextInt(4) + "," + (random.nextBoolean() ? "economy" : "ecology") + ",t," + s
                                + "," + (s + random.nextInt(5)) + ",1";
                        evidence.add(ev);
                    }
                }
                if (random.nextBoolean()) {
                    Collections.shuffle(rows, random);
                }
                units.addAll(rows);
            }
            if (n % 3 == 0) {
                Collections.shuffle(units, random);
                Collections.shuffle(evidence, random);
            }
            units.add(0, header);
            evidence.add(0, "document,unit,rule,theme,text,start,end,weight");
            Files.write(dir.resolve("units.csv"), units, StandardCharsets.UTF_8);
            Files.write(dir.resolve("evidence.csv"), evidence, StandardCharsets.UTF_8);
            for (int max = 1; max <= 26; max += 5) {
                for (int total = 1; total <= 200; total += 37) {
                    take(dir, ReportOptions.DEFAULT.withMaxUnitsPerDocument(max).withMaxUnits(total),
                            n + ": " + max + "/" + total);
                }
            }
        }
        assertEquals(RANDOM_DIGEST, HexFormat.of().formatHex(sha.digest()));
    }
}
