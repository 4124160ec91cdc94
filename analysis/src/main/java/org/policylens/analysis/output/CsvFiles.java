package org.policylens.analysis.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The one CSV dialect of PolicyLens outputs: RFC 4180, {@code \n} line ends, minimal quoting. */
public final class CsvFiles {

    /** The output dialect. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvFiles() {
    }

    /** A printer appending records to {@code out} (e.g. a StringBuilder holding one document's rows). */
    public static CSVPrinter printer(Appendable out) {
        try {
            return new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one record to {@code out}. */
    public static void append(StringBuilder out, List<?> values) {
        try {
            FORMAT.printRecord(out, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // StringBuilder never throws
        }
    }

    /** One record as a string (with its trailing {@code \n}). */
    public static String line(List<?> values) {
        StringBuilder sb = new StringBuilder();
        append(sb, values);
        return sb.toString();
    }
}
