package org.policylens.analysis.cli;

import picocli.CommandLine;

/** Maps failures to a one-line message on stderr and a documented exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        int code = exitCodeOf(ex);
        if (code == ExitCodes.INTERNAL) {
            cl.getErr().println("policylens: internal error: " + ex);
            ex.printStackTrace(cl.getErr());
        } else {
            cl.getErr().println("policylens: " + messageOf(ex));
        }
        cl.getErr().flush();
        return code;
    }

    static int exitCodeOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CommandLine.ParameterException) return ExitCodes.USAGE;
            if (t instanceof InputException) return ExitCodes.INPUT;
            if (t instanceof org.policylens.analysis.ingest.DocumentException) return ExitCodes.INPUT;
            if (t instanceof java.io.IOException) return ExitCodes.INPUT;
            if (t.getClass().getSimpleName().endsWith("InputException")
                    || t.getClass().getSimpleName().equals("RulePackException")) return ExitCodes.INPUT;
        }
        return ExitCodes.INTERNAL;
    }

    private static String messageOf(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
