package org.policylens.charts;

/** A chart cannot be drawn or written: bad chart data, a label the bundled font cannot show, an I/O failure. */
public class ChartException extends RuntimeException {
    public ChartException(String message) {
        super(message);
    }

    public ChartException(String message, Throwable cause) {
        super(message, cause);
    }
}
