package org.policylens.notebooks;

import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PolicyLens Jupyter kernel: Java cells evaluated by {@link JavaEvaluator} (JShell, in this JVM, over this JVM's
 * class path), speaking the Jupyter protocol through jjava-jupyter.
 *
 * <p>Started by Jupyter as {@code java -cp policylens-kernel.jar org.policylens.notebooks.Kernel CONNECTION_FILE}
 * (the kernelspec written by {@code policylens notebook install}).
 */
public final class Kernel extends BaseKernel {

    private final JavaEvaluator evaluator;

    Kernel(JavaEvaluator evaluator) {
        super("policylens-java", Kernel.class.getPackage().getImplementationVersion() == null ? "dev"
                        : Kernel.class.getPackage().getImplementationVersion(),
                new LanguageInfo("java", Runtime.version().toString(), "text/x-java", ".jshell", "java", "java", null),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                new MagicsRegistry(), false,
                new StringStyler.Builder().addPrimaryStyle(TextColor.BOLD_RESET_FG)
                        .addSecondaryStyle(TextColor.BOLD_RED_FG).addHighlightStyle(TextColor.BOLD_RESET_FG)
                        .addHighlightStyle(TextColor.RED_BG).build());
        this.evaluator = evaluator;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp policylens-kernel.jar org.policylens.notebooks.Kernel CONNECTION_FILE");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelConnectionProperties properties = KernelConnectionProperties.parse(
                Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        JupyterConnection connection = new JupyterConnection(properties);
        Kernel kernel = new Kernel(new JavaEvaluator(System.getProperty("java.class.path")));
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }

    @Override
    public Object evalRaw(String code) {
        CellOutput output = new CellOutput() {
            @Override
            public PrintStream out() {
                return io.out;
            }

            @Override
            public PrintStream err() {
                return io.err;
            }

            @Override
            public void display(MimeBundle bundle) {
                Kernel.this.display(toDisplayData(bundle));
            }
        };
        return evaluator.eval(code, output).map(Kernel::toDisplayData).orElse(null);
    }

    static DisplayData toDisplayData(MimeBundle bundle) {
        DisplayData data = new DisplayData(bundle.plainText());
        bundle.data().forEach((type, content) -> {
            if (!type.equals(MimeBundle.TEXT)) {
                data.putData(type, content);
            }
        });
        return data;
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellException cell) {
            List<String> lines = new ArrayList<>();
            for (String line : cell.lines()) {
                lines.add(errorStyler.secondary(line));
            }
            return lines;
        }
        return super.formatError(e);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        JavaEvaluator.Completion completion = evaluator.complete(code, at);
        return new ReplacementOptions(completion.candidates(), completion.start(), completion.end());
    }

    @Override
    public String isComplete(String code) {
        Completeness completeness = evaluator.completeness(code);
        return switch (completeness) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        evaluator.close();
    }
}
