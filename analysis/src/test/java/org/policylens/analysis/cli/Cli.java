package org.policylens.analysis.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = PolicyLens.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Path resource(String name) {
        try {
            return Path.of(Cli.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String miniPack() {
        return resource("packs/mini.yaml").toString();
    }
}
