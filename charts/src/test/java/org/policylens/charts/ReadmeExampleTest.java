package org.policylens.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example in charts/README.md, verbatim, so the README cannot go stale. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeOneLinerWritesA300DpiPng() throws Exception {
        Charts.bars("上海 2024：按主要主题的句子占比", List.of("经济", "创新", "生态", "民生"),
                List.of(0.38, 0.21, 0.09, 0.24), List.of(0.33, 0.17, 0.065, 0.20), List.of(0.43, 0.25, 0.125, 0.285))
              .savePng(dir.resolve("shares.png"), 300);
        assertEquals(Math.round(800 * 300 / 72.0), ImageIO.read(dir.resolve("shares.png").toFile()).getWidth());
    }
}
