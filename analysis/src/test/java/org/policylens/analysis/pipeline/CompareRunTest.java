package org.policylens.analysis.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.corpus.Corpus;
import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.corpus.CorpusLoader;
import org.policylens.analysis.corpus.NamePattern;
import org.policylens.analysis.stats.StatsOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's output folder with the stand-in {@link SentenceAnalyzer}; the real analyzer is tested end to end in cli. */
class CompareRunTest {

    @TempDir
    Path dir;

    private Corpus corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("wuhan_2020.txt"), "发展经济。保护生态。其他。".repeat(30));
        Files.writeString(in.resolve("wuhan_2021.txt"), "经济增长。".repeat(50));
        Files.writeString(in.resolve("hefei_2020.txt"), "生态优先。经济生态并重。".repeat(40));
        return CorpusLoader.load(in, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
    }

    private RunSummary run(Corpus corpus, Path out, int threads, DocumentAnalyzer analyzer) throws Exception {
        return run(corpus, out, threads, analyzer, false);
    }

    private RunSummary run(Corpus corpus, Path out, int threads, DocumentAnalyzer analyzer, boolean excel) throws Exception {
        CompareSettings s = new CompareSettings(out, "city", excel, false, threads, Map.of("group_by", "city"),
                StatsOptions.DEFAULT.withBootstrapReplicates(100), List.of(), false);
        return new CompareRun(corpus, analyzer, new PackInfo("test", "0", "00"), s, new StageClock()).run(RunListener.NONE);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void oneAndFourThreadsGiveByteIdenticalFiles() throws Exception {
        Corpus c = corpus();
        run(c, dir.resolve("one"), 1, new SentenceAnalyzer());
        run(c, dir.resolve("four"), 4, new SentenceAnalyzer());
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("one"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            if (name.equals("run.json")) continue;
            assertEquals(read(dir.resolve("one").resolve(name)), read(dir.resolve("four").resolve(name)), name);
        }
        String a = read(dir.resolve("one/run.json")).replaceAll("\"(started|finished)\" : \"[^\"]*\"", "");
        String b = read(dir.resolve("four/run.json")).replaceAll("\"(started|finished)\" : \"[^\"]*\"", "");
        assertEquals(a, b);
    }

    @Test
    void failedDocumentsAreListedAndTheOthersComplete() throws Exception {
        Corpus c = corpus();
        Path in = c.root();
        Files.writeString(in.resolve("empty_2020.txt"), "");
        Files.write(in.resolve("corrupt_2020.txt"), new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        Corpus all = CorpusLoader.load(in, NamePattern.parse(NamePattern.DEFAULT), Optional.empty());
        RunSummary r = run(all, dir.resolve("out"), 2, new SentenceAnalyzer());
        assertEquals(2, r.failures().size());
        List<String> errors = Files.readAllLines(dir.resolve("out/errors.csv"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(1).startsWith("corrupt_2020.txt,read,") && errors.get(2).startsWith("empty_2020.txt,read,"), errors.toString());
        assertEquals(1 + 3, Files.readAllLines(dir.resolve("out/panel_wide.csv")).size());
    }

    @Test
    void existingOutputIsRefused() throws Exception {
        Corpus c = corpus();
        Files.createDirectories(dir.resolve("out"));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> run(c, dir.resolve("out"), 1, new SentenceAnalyzer()));
    }

    @Test
    void aFailureMidRunLeavesNoOutputFolder() throws Exception {
        Corpus c = corpus();
        DocumentAnalyzer failsOnSecond = new DocumentAnalyzer() {
            private final SentenceAnalyzer inner = new SentenceAnalyzer();

            @Override
            public List<String> themes() {
                return inner.themes();
            }

            @Override
            public DocumentResult analyze(CorpusEntry entry, StageClock clock) {
                if (entry.id().equals("wuhan_2020")) throw new OutOfMemoryError("simulated");
                return inner.analyze(entry, clock);
            }
        };
        assertThrows(OutOfMemoryError.class, () -> run(c, dir.resolve("out"), 2, failsOnSecond));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("in"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void excelFilesStartWithAByteOrderMark() throws Exception {
        run(corpus(), dir.resolve("out"), 1, new SentenceAnalyzer(), true);
        for (String name : List.of("panel_long.csv", "panel_wide.csv", "units.csv", "evidence.csv", "errors.csv",
                "groups_long.csv", "tests_chisq.csv")) {
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("out").resolve(name)), 3);
            assertEquals("[-17, -69, -65]", java.util.Arrays.toString(head), name);
        }
    }

    @Test
    void withoutExcelThereIsNoByteOrderMark() throws Exception {
        run(corpus(), dir.resolve("out"), 1, new SentenceAnalyzer(), false);
        assertTrue(Files.readString(dir.resolve("out/panel_wide.csv")).startsWith("document,city,year,units,"));
    }
}
