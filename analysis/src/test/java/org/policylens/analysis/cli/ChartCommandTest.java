package org.policylens.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.analysis.output.Fixture;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = PolicyLens.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void redrawsChartsFromTheCsvFilesInEnglishAtTheGivenDpi() throws Exception {
        Path dir = Fixture.copyTo(tmp.resolve("out"));
        assertEquals(0, run("chart", dir.toString(), "--lang", "en", "--dpi", "72", "--format", "png"), err.toString());
        Path png = dir.resolve("charts/city_heatmap_residuals.png");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) ink++;
        }
        assertTrue(ink > 40_000, "non-white pixels: " + ink);
        assertTrue(Files.exists(dir.resolve("charts/doc_shanghai_2024_distribution.png")));
        assertTrue(out.toString().startsWith("wrote "), out.toString());
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Path dir = Fixture.copyTo(tmp.resolve("out"));
        assertEquals(ExitCodes.USAGE, run("chart", dir.toString(), "--lang", "fr"));
        assertTrue(err.toString().contains("expected zh or en"), err.toString());
    }

    @Test
    void aFolderWithoutOutputsIsAnInputError() {
        assertEquals(ExitCodes.INPUT, run("chart", tmp.toString()));
        assertTrue(err.toString().contains("no panel_long.csv"), err.toString());
    }
}
