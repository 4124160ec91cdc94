package org.policylens.charts;

import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A drawn chart (or a grid of charts) ready to export. Sizes are in points (1 point = 1 pixel at 72 dpi).
 * Every text it draws is listed by {@link #texts()} and was checked against the bundled font when it was built.
 */
public interface Figure {
    int width();

    int height();

    /** Paints at 1 point = 1 unit onto {@code g}, from (0, 0). */
    void paint(Graphics2D g);

    /** Every text the figure draws (titles, labels, legend entries). */
    List<String> texts();

    default Path savePng(Path file) {
        return Export.png(this, file, Export.DEFAULT_DPI);
    }

    default Path savePng(Path file, int dpi) {
        return Export.png(this, file, dpi);
    }

    default Path saveSvg(Path file) {
        return Export.svg(this, file);
    }

    default Path savePdf(Path file) {
        return Export.pdf(this, file);
    }

    /** Writes {@code base.png}, {@code base.svg}, {@code base.pdf} for the given formats; returns the files written. */
    default List<Path> save(Path base, Set<Format> formats, int dpi) {
        List<Path> out = new ArrayList<>();
        for (Format f : Format.values()) {
            if (!formats.contains(f)) continue;
            Path file = base.resolveSibling(base.getFileName() + "." + f.extension());
            out.add(switch (f) {
                case PNG -> savePng(file, dpi);
                case SVG -> saveSvg(file);
                case PDF -> savePdf(file);
            });
        }
        return out;
    }
}
