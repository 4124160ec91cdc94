package org.policylens.analysis.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputFolderTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void existingFolderIsRefusedWithoutOverwrite() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        assertThrows(FileAlreadyExistsException.class, () -> OutputFolder.create(dir.resolve("out"), false));
    }

    @Test
    void closedWithoutCommitLeavesNothing() throws IOException {
        try (OutputFolder out = OutputFolder.create(dir.resolve("out"), false)) {
            out.writeString("a.csv", "x\n");
        }
        assertEquals(List.of(), listing());
    }

    @Test
    void commitMovesTheWholeFolderIntoPlace() throws IOException {
        try (OutputFolder out = OutputFolder.create(dir.resolve("out"), false)) {
            out.writeString("a.csv", "x\n");
            out.commit();
        }
        assertEquals(List.of("out"), listing());
        assertEquals("x\n", Files.readString(dir.resolve("out/a.csv")));
    }

    @Test
    void overwriteReplacesTheOldFolderOnlyAtCommit() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/old.csv"), "old");
        try (OutputFolder out = OutputFolder.create(dir.resolve("out"), true)) {
            out.writeString("a.csv", "new");
            assertEquals("old", Files.readString(dir.resolve("out/old.csv")));
            out.commit();
        }
        assertFalse(Files.exists(dir.resolve("out/old.csv")));
        assertEquals(List.of("out"), listing());
    }
}
