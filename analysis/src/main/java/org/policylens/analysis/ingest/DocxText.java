package org.policylens.analysis.ingest;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of a DOCX file: one line per paragraph (table cells included), in body order. */
final class DocxText {

    private DocxText() {
    }

    static String extract(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            StringBuilder out = new StringBuilder(4096);
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) out.append(p.getText()).append('\n');
                        }
                    }
                }
            }
            return out.toString().strip();
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new DocumentException(file, "not a DOCX file: " + e.getMessage(), e);
        }
    }
}
