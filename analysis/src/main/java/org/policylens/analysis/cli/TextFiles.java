package org.policylens.analysis.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Strict UTF-8 reading of small text inputs (line files, gold sets), with errors that name the file. */
final class TextFiles {

    private TextFiles() {
    }

    /** The lines of {@code file} (UTF-8, BOM dropped, {@code \r\n} or {@code \n}). */
    static List<String> lines(Path file) {
        String text = read(file);
        if (text.isEmpty()) return List.of();
        List<String> lines = List.of(text.split("\r?\n", -1));
        if (lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
        return lines;
    }

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int line = 1;
            String partial = new String(bytes, StandardCharsets.UTF_8);
            int bad = partial.indexOf('\uFFFD');
            for (int i = 0; i < Math.max(0, bad); i++) if (partial.charAt(i) == '\n') line++;
            throw new InputException(file + ":" + line + ": not valid UTF-8", e);
        }
    }
}
