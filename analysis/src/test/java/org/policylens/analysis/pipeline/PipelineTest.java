package org.policylens.analysis.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.corpus.CorpusEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PipelineTest {

    @TempDir
    Path dir;

    private List<CorpusEntry> entries(int n) throws IOException {
        List<CorpusEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // later documents are shorter, so they tend to finish first on several threads
            Path f = Files.writeString(dir.resolve("d" + i + ".txt"), "经济发展。".repeat(200 * (n - i)));
            list.add(new CorpusEntry(f, "d" + i + ".txt", "d" + i, List.of()));
        }
        return list;
    }

    @Test
    void outcomesArriveInInputOrderWithManyThreads() throws Exception {
        List<CorpusEntry> in = entries(20);
        List<String> seen = new ArrayList<>();
        new Pipeline(new SentenceAnalyzer(), 4, new StageClock()).run(in, o -> seen.add(o.entry().id()));
        assertEquals(in.stream().map(CorpusEntry::id).toList(), seen);
    }

    @Test
    void preparedResultsArriveInInputOrder() throws Exception {
        List<CorpusEntry> in = entries(12);
        List<String> seen = new ArrayList<>();
        new Pipeline(new SentenceAnalyzer(), 3, new StageClock())
                .run(in, o -> o.entry().id() + ":" + Thread.currentThread().getName().startsWith("policylens-worker"),
                        seen::add);
        assertEquals(in.stream().map(e -> e.id() + ":true").toList(), seen);
    }

    @Test
    void aFailingDocumentBecomesAFailureAndTheRestComplete() throws Exception {
        List<CorpusEntry> in = new ArrayList<>(entries(3));
        Files.writeString(in.get(1).file(), "");
        List<DocumentOutcome> seen = new ArrayList<>();
        new Pipeline(new SentenceAnalyzer(), 2, new StageClock()).run(in, seen::add);
        assertInstanceOf(DocumentFailure.class, seen.get(1));
        assertEquals(List.of(true, false, true), seen.stream().map(o -> o instanceof DocumentResult).toList());
    }

    @Test
    void anErrorStopsTheRun() throws IOException {
        List<CorpusEntry> in = entries(3);
        DocumentAnalyzer broken = new DocumentAnalyzer() {
            @Override
            public List<String> themes() {
                return List.of("economy");
            }

            @Override
            public DocumentResult analyze(CorpusEntry entry, StageClock clock) {
                throw new AssertionError("boom");
            }
        };
        assertThrows(AssertionError.class, () -> new Pipeline(broken, 2, new StageClock()).run(in, o -> { }));
    }
}
