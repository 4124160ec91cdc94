package org.policylens.analysis.pipeline;

import org.policylens.analysis.corpus.CorpusEntry;
import org.policylens.analysis.output.RunRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Size and SHA-256 of input files, for {@code run.json}. */
public final class InputFiles {

    private InputFiles() {
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Size and hash of an input that may be unreadable (then size -1 and an empty hash). */
    public static RunRecord.InputFile describe(CorpusEntry entry) {
        try (InputStream in = Files.newInputStream(entry.file())) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 16];
            long size = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                size += n;
            }
            return new RunRecord.InputFile(entry.path(), size, HexFormat.of().formatHex(md.digest()));
        } catch (IOException e) {
            return new RunRecord.InputFile(entry.path(), -1, "");
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
