package org.policylens.analysis.cli;

/** Exit codes of every {@code policylens} subcommand (documented in {@code --help}). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;
    public static final int INPUT = 4;

    private ExitCodes() {
    }
}
