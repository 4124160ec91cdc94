package org.policylens.analysis.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The text of a PDF, page by page, pages separated by a form feed ({@code \f}). Running headers, footers and
 * page numbers are left in the text: the cleaner removes them ({@link PageFurnitureRule}) and records each
 * removal, so what was dropped can be audited like any other cleaning.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            StringBuilder out = new StringBuilder(4096);
            int pages = pdf.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (p > 1) out.append('\f');
                out.append(stripper.getText(pdf).strip());
            }
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw new DocumentException(file, "PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new DocumentException(file, "not a readable PDF: " + e.getMessage(), e);
        }
    }
}
