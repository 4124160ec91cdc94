package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyLensTest {

    private static String[] run(String... args) {
        CommandLine cl = PolicyLens.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void versionNamesProjectAndLicence() {
        String[] r = run("--version");
        assertEquals("0", r[0]);
        assertTrue(r[1].startsWith("PolicyLens "), r[1]);
        assertTrue(!r[1].contains("unknown") && r[1].contains("GPL-3.0-or-later"), r[1]);
    }

    @Test
    void helpDocumentsExitCodes() {
        String[] r = run("--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("Exit codes:") && r[1].contains("3") && r[1].contains("some documents failed"), r[1]);
    }

    @Test
    void unknownOptionIsUsageError() {
        String[] r = run("--no-such-option");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("--no-such-option"), r[2]);
    }
}
