package org.policylens.analysis.output;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.charts.Figure;
import org.policylens.charts.Lang;

import javax.xml.transform.TransformerFactory;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the application's XML libraries (Apache Xerces and Xalan, as in the jar), a chart's SVG file is the bytes
 * VectorGraphics2D's own SVG processor writes for it (the charts module writes them itself, without the DOM).
 */
class ChartSvgBytesTest {

    @TempDir
    Path tmp;

    @Test
    void everyStandardChartIsTheLibrarysSvg() throws Exception {
        assertEquals("org.apache.xalan.processor.TransformerFactoryImpl",
                TransformerFactory.newInstance().getClass().getName(), "the jar's serialiser");
        Path dir = Fixture.copyTo(tmp.resolve("out"));
        OutputTables tables = OutputTables.read(dir);
        for (Lang lang : Lang.values()) {
            List<PlannedChart> plan = new StandardCharts(tables, ThemeTable.forPack(tables.packName()), lang,
                    ChartWriter.DEFAULT_MEASURE).plan();
            assertTrue(plan.size() > 6, plan.toString());
            for (PlannedChart c : plan) {
                Figure f = c.figure().get();
                VectorGraphics2D g = new VectorGraphics2D();
                g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_VECTOR);
                f.paint(g);
                g.dispose();
                ByteArrayOutputStream library = new ByteArrayOutputStream();
                new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, f.width(), f.height())).writeTo(library);
                Path file = f.saveSvg(tmp.resolve(lang + "_" + c.name() + ".svg"));
                assertArrayEquals(library.toByteArray(), Files.readAllBytes(file), lang + " " + c.name());
            }
        }
    }
}
