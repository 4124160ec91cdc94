package org.policylens.notebooks;

import java.io.PrintStream;

/** Where a cell's printed output and its displays go while it runs (the Jupyter channels, or a test's buffers). */
public interface CellOutput {

    PrintStream out();

    PrintStream err();

    /** Shows a rich output now, in order with the printed text (what {@link Display#show} calls). */
    void display(MimeBundle bundle);
}
