package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = PolicyLens.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path report() throws IOException {
        return Files.writeString(dir.resolve("city_2025.txt"),
                "下载\n打印\n一、2025年工作回顾\n全市经济\t增长5%。\n", StandardCharsets.UTF_8);
    }

    @Test
    void printsUnitsAsTsvWithHeader() throws IOException {
        Result r = run("units", report().toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("doc\tunit\tpart\tsection\tstart\tend\ttext\n"
                + "city_2025\t0\treview\t一、2025年工作回顾\t6\t17\t一、2025年工作回顾\n"
                + "city_2025\t1\treview\t一、2025年工作回顾\t18\t28\t全市经济\\t增长5%。\n", r.out());
    }

    @Test
    void removedPrintsWhatTheCleanerRemoved() throws IOException {
        Result r = run("units", "--removed", report().toString());
        assertEquals("doc\tstart\tend\trule\ttext\ncity_2025\t0\t2\tsite-chrome\t下载\ncity_2025\t3\t5\tsite-chrome\t打印\n",
                r.out());
    }

    @Test
    void badFileIsReportedAndTheOthersStillPrint() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Result r = run("units", missing.toString(), report().toString());
        assertEquals(ExitCodes.PARTIAL, r.code());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file"), r.err());
        assertTrue(r.out().contains("全市经济"), r.out());
    }

    @Test
    void encodingOverride() throws IOException {
        Path file = Files.write(dir.resolve("gbk.txt"), "经济增长。\n".getBytes(Charset.forName("GBK")));
        Result r = run("units", "--encoding", "GBK", file.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("经济增长。"), r.out());
    }

    @Test
    void unknownEncodingIsUsageError() throws IOException {
        Result r = run("units", "--encoding", "NO-SUCH-CHARSET", report().toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("NO-SUCH-CHARSET"), r.err());
    }

    @Test
    void noFileIsUsageError() {
        assertEquals(ExitCodes.USAGE, run("units").code());
    }

    @Test
    void escapeKeepsOneRecordPerLine() {
        assertEquals("a\\tb\\nc\\\\d", UnitsCommand.escape("a\tb\nc\\d"));
    }
}
