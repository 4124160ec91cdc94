package org.policylens.charts;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Group;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetBackgroundCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.filters.FillPaintedShapeAsImageFilter;
import de.erichseifert.vectorgraphics2d.intermediate.filters.StateChangeGroupingFilter;
import de.erichseifert.vectorgraphics2d.util.Base64EncodeStream;
import de.erichseifert.vectorgraphics2d.util.DataUtils;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a VectorGraphics2D command list as the same SVG bytes as VectorGraphics2D 0.13's own SVG processor
 * ({@code new SVGProcessor().getDocument(commands, page).writeTo(out)}): the same filters over the commands, the same
 * DOM (elements, attributes, clip paths keyed by the clip's hash, styles) and the same serialiser and settings.
 * The difference is numbers: the library formats every coordinate with one {@code DecimalFormat} shared by all
 * threads (and locked per call), which was two thirds of an SVG's CPU; here a coordinate that {@link #number} can
 * write directly (the decimal digits of {@link Double#toString}, which are the digits that format prints) skips it.
 * Everything else goes through the library's own {@link DataUtils} formatting. {@code SvgWriterTest} compares the
 * bytes with the library's for every chart kind and for commands of every kind.
 *
 * <p>Provenance: this class re-implements the behaviour of VectorGraphics2D 0.13's {@code SVGProcessor} and
 * {@code SVGDocument} (Erich Seifert and Michael Seifert, LGPL-3.0), written from a reading of that library so that
 * its output stays byte for byte the same. It is therefore treated as a work based on it: LGPL-3.0 code may be
 * conveyed under the GNU GPL version 3 or later, which is this project's licence (see the README's Licence section).
 */
final class SvgWriter {
    private static final String[] CAPS = {"butt", "round", "square"};
    private static final String[] JOINS = {"miter", "round", "bevel"};

    private final Deque<GraphicsState> states = new ArrayDeque<>();
    private final Node root;
    private final Map<Integer, Node> clips = new HashMap<>();
    private Node group;
    private boolean groupAdded;
    private Node defs;

    private SvgWriter(PageSize page) {
        states.push(new GraphicsState());
        root = new Node("svg");
        double x = page.getX();
        double y = page.getY();
        double w = page.getWidth();
        double h = page.getHeight();
        root.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
        root.setAttribute("version", "1.1");
        root.setAttribute("x", DataUtils.format(x) + "px");
        root.setAttribute("y", DataUtils.format(y) + "px");
        root.setAttribute("width", DataUtils.format(w) + "px");
        root.setAttribute("height", DataUtils.format(h) + "px");
        root.setAttribute("viewBox", DataUtils.join(" ", new double[]{x, y, w, h}));
        group = root;
    }

    /** Writes {@code commands} (as VectorGraphics2D recorded them) as an SVG document of page {@code page}. */
    static void write(CommandSequence commands, PageSize page, OutputStream out) throws IOException {
        SvgWriter w = new SvgWriter(page);
        for (Command<?> c : new StateChangeGroupingFilter(new FillPaintedShapeAsImageFilter(commands))) w.add(c);
        w.serialise(out);
    }

    private GraphicsState state() {
        return states.peek();
    }

    private void add(Command<?> c) {
        if (c instanceof Group g) {
            List<Command<?>> list = g.getValue();
            apply(list);
            if (changesGroup(list)) startGroup();
        } else if (c instanceof DrawImageCommand d) {
            image(d);
        } else if (c instanceof DrawShapeCommand d) {
            Node e = shape(d.getValue());
            e.setAttribute("style", style(false));
            append(e);
        } else if (c instanceof DrawStringCommand d) {
            text(d);
        } else if (c instanceof FillShapeCommand f) {
            Node e = shape(f.getValue());
            e.setAttribute("style", style(true));
            append(e);
        }
    }

    private void startGroup() {
        group = new Node("g");
        groupAdded = false;
        Shape clip = state().getClip();
        if (clip != GraphicsState.DEFAULT_CLIP) {
            Node clipPath = clips.get(clip.hashCode());
            if (clipPath == null) {
                if (defs == null) {
                    defs = new Node("defs");
                    root.insertFirst(defs);
                }
                clipPath = new Node("clipPath");
                clipPath.setAttribute("id", "clip" + clip.hashCode());
                Node s = shape(clip);
                s.removeAttribute("style");
                clipPath.appendChild(s);
                defs.appendChild(clipPath);
                clips.put(clip.hashCode(), clipPath);
            }
            group.setAttribute("clip-path", "url(#" + clipPath.getAttribute("id") + ")");
        }
        AffineTransform t = state().getTransform();
        if (!GraphicsState.DEFAULT_TRANSFORM.equals(t)) {
            StringBuilder s = new StringBuilder();
            if (AffineTransform.getTranslateInstance(t.getTranslateX(), t.getTranslateY()).equals(t)) {
                s.append("translate(").append(DataUtils.format(t.getTranslateX())).append(" ")
                        .append(DataUtils.format(t.getTranslateY())).append(")");
            } else {
                double[] m = new double[6];
                t.getMatrix(m);
                s.append("matrix(").append(DataUtils.join(" ", m)).append(")");
            }
            group.setAttribute("transform", s.toString());
        }
    }

    private void image(DrawImageCommand d) {
        Node e = new Node("image");
        e.setAttribute("x", DataUtils.format(d.getX()));
        e.setAttribute("y", DataUtils.format(d.getY()));
        e.setAttribute("width", DataUtils.format(d.getWidth()));
        e.setAttribute("height", DataUtils.format(d.getHeight()));
        e.setAttribute("preserveAspectRatio", "none");
        boolean sizeFirst = state().getHints().get(VectorHints.KEY_EXPORT) == VectorHints.VALUE_EXPORT_SIZE;
        BufferedImage img = GraphicsUtils.toBufferedImage((Image) d.getValue());
        String data = dataUri(img, "png");
        if (!GraphicsUtils.usesAlpha(img) && sizeFirst) {
            String jpeg = dataUri(img, "jpeg");
            if (jpeg.length() > 0 && jpeg.length() < data.length()) data = jpeg;
        }
        e.setAttribute("xlink:href", data);
        append(e);
    }

    private void text(DrawStringCommand d) {
        Node e = new Node("text");
        e.appendText(d.getValue());
        e.setAttribute("x", DataUtils.format(d.getX()));
        e.setAttribute("y", DataUtils.format(d.getY()));
        Font font = state().getFont();
        String style = style(true);
        if (!GraphicsState.DEFAULT_FONT.equals(font)) {
            StringBuilder f = new StringBuilder();
            if (!GraphicsState.DEFAULT_FONT.getFamily().equals(font.getFamily()))
                f.append("font-family:\"").append(GraphicsUtils.getPhysicalFont(font).getFamily()).append("\";");
            if (font.getSize2D() != GraphicsState.DEFAULT_FONT.getSize2D())
                f.append("font-size:").append(DataUtils.format(font.getSize2D())).append("px;");
            if ((font.getStyle() & Font.ITALIC) != 0) f.append("font-style:italic;");
            if ((font.getStyle() & Font.BOLD) != 0) f.append("font-weight:bold;");
            style = style + f;
        }
        e.setAttribute("style", style);
        append(e);
    }

    private void append(Node e) {
        group.appendChild(e);
        if (!groupAdded && group != root) {
            root.appendChild(group);
            groupAdded = true;
        }
    }

    private void apply(List<Command<?>> list) {
        for (Command<?> c : list) {
            GraphicsState s = state();
            if (c instanceof SetBackgroundCommand b) {
                s.setBackground(b.getValue());
            } else if (c instanceof SetClipCommand b) {
                s.setClip(b.getValue());
            } else if (c instanceof SetColorCommand b) {
                s.setColor(b.getValue());
            } else if (c instanceof SetCompositeCommand b) {
                s.setComposite((Composite) b.getValue());
            } else if (c instanceof SetFontCommand b) {
                s.setFont(b.getValue());
            } else if (c instanceof SetPaintCommand b) {
                s.setPaint((Paint) b.getValue());
            } else if (c instanceof SetStrokeCommand b) {
                s.setStroke((Stroke) b.getValue());
            } else if (c instanceof SetTransformCommand b) {
                s.setTransform(b.getValue());
            } else if (c instanceof AffineTransformCommand b) {
                AffineTransform t = s.getTransform();
                t.concatenate(b.getValue());
                s.setTransform(t);
            } else if (c instanceof SetHintCommand b) {
                s.getHints().put(b.getKey(), b.getValue());
            } else if (c instanceof CreateCommand) {
                try {
                    states.push((GraphicsState) state().clone());
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            } else if (c instanceof DisposeCommand) {
                states.pop();
            }
        }
    }

    private static boolean changesGroup(List<Command<?>> list) {
        for (Command<?> c : list) {
            if (c instanceof SetClipCommand || c instanceof SetTransformCommand || c instanceof AffineTransformCommand)
                return true;
        }
        return false;
    }

    private String style(boolean fill) {
        StringBuilder s = new StringBuilder();
        Color c = state().getColor();
        String rgb;
        if (c.getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
            float[] k = c.getComponents(null);
            rgb = String.format((java.util.Locale) null, "rgb(%d,%d,%d) icc-color(Generic-CMYK-profile,%f,%f,%f,%f)", c.getRed(),
                    c.getGreen(), c.getBlue(), k[0], k[1], k[2], k[3]);
        } else {
            rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
        }
        double alpha = c.getAlpha() / 255.0;
        if (fill) {
            property(s, "fill", rgb);
            if (c.getAlpha() < 255) property(s, "fill-opacity", alpha);
            property(s, "stroke", "none");
            return s.toString();
        }
        property(s, "fill", "none");
        property(s, "stroke", rgb);
        if (c.getAlpha() < 255) property(s, "stroke-opacity", alpha);
        if (state().getStroke() instanceof BasicStroke b) {
            if (b.getLineWidth() != 1.0F) property(s, "stroke-width", b.getLineWidth());
            if (b.getMiterLimit() != 4.0F) property(s, "stroke-miterlimit", b.getMiterLimit());
            if (b.getEndCap() != BasicStroke.CAP_BUTT) property(s, "stroke-linecap", CAPS[b.getEndCap()]);
            if (b.getLineJoin() != BasicStroke.JOIN_MITER) property(s, "stroke-linejoin", JOINS[b.getLineJoin()]);
            if (b.getDashArray() != null) {
                property(s, "stroke-dasharray", DataUtils.join(",", b.getDashArray()));
                if (b.getDashPhase() != 0.0F) property(s, "stroke-dashoffset", b.getDashPhase());
            }
        }
        return s.toString();
    }

    private static void property(StringBuilder s, String name, Object value) {
        s.append(name).append(":").append(DataUtils.format(value)).append(";");
    }

    private static String dataUri(BufferedImage img, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Base64EncodeStream base64 = new Base64EncodeStream(bytes);
        try {
            ImageIO.write(img, format, base64);
            base64.close();
            return String.format("data:image/%s;base64,%s", format, bytes.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return "";
        }
    }

    private Node shape(Shape shape) {
        Node e;
        if (shape instanceof Line2D l) {
            e = new Node("line");
            e.setAttribute("x1", number(l.getX1()));
            e.setAttribute("y1", number(l.getY1()));
            e.setAttribute("x2", number(l.getX2()));
            e.setAttribute("y2", number(l.getY2()));
        } else if (shape instanceof Rectangle2D r) {
            e = new Node("rect");
            e.setAttribute("x", number(r.getX()));
            e.setAttribute("y", number(r.getY()));
            e.setAttribute("width", number(r.getWidth()));
            e.setAttribute("height", number(r.getHeight()));
        } else if (shape instanceof RoundRectangle2D r) {
            e = new Node("rect");
            e.setAttribute("x", number(r.getX()));
            e.setAttribute("y", number(r.getY()));
            e.setAttribute("width", number(r.getWidth()));
            e.setAttribute("height", number(r.getHeight()));
            e.setAttribute("rx", number(r.getArcWidth() / 2.0));
            e.setAttribute("ry", number(r.getArcHeight() / 2.0));
        } else if (shape instanceof Ellipse2D o) {
            e = new Node("ellipse");
            e.setAttribute("cx", number(o.getCenterX()));
            e.setAttribute("cy", number(o.getCenterY()));
            e.setAttribute("rx", number(o.getWidth() / 2.0));
            e.setAttribute("ry", number(o.getHeight() / 2.0));
        } else {
            e = new Node("path");
            e.setAttribute("d", pathData(shape));
        }
        return e;
    }

    private static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        PathIterator it = shape.getPathIterator(null);
        double[] p = new double[6];
        for (int n = 0; !it.isDone(); n++, it.next()) {
            if (n > 0) d.append(' ');
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(number(p[0])).append(',').append(number(p[1]));
                // the library writes a line's x with StringBuilder.append(double), not its number format
                case PathIterator.SEG_LINETO -> d.append('L').append(p[0]).append(',').append(number(p[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(number(p[0])).append(',').append(number(p[1]))
                        .append(' ').append(number(p[2])).append(',').append(number(p[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(number(p[0])).append(',').append(number(p[1]))
                        .append(' ').append(number(p[2])).append(',').append(number(p[3]))
                        .append(' ').append(number(p[4])).append(',').append(number(p[5]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("Unknown path operation.");
            }
        }
        return d.toString();
    }

    /**
     * {@code DataUtils.format(v)} for a double (DecimalFormat "0", at most 15 fraction digits, English symbols),
     * written directly where that is the digits of {@link Double#toString}: a whole number below 10^15 (not -0),
     * or a plain-notation {@code Double.toString} with at most 15 fraction digits (no rounding to do) and no
     * trailing zero (which the format would drop). Any other
     * value (exponent notation, longer fractions, -0, NaN, infinities) goes through the library's format.
     */
    static String number(double v) {
        if (v == (long) v && Math.abs(v) < 1e15) {
            if (v != 0 || 1 / v > 0) return Long.toString((long) v);
        } else {
            String s = Double.toString(v);
            int dot = s.indexOf('.');
            // (the format drops trailing zeros: a string ending in '0' is left to it, should toString give one)
            if (dot > 0 && s.length() - dot - 1 <= 15 && s.indexOf('E') < 0 && s.charAt(s.length() - 1) != '0')
                return s;
        }
        return DataUtils.format(v);
    }

    /**
     * Writes the document. Where every attribute value is printable ASCII with nothing to escape and there is no
     * text node (always, for the charts: text is drawn as outlines), the bytes are written directly as the
     * library's serialiser writes them: the XML declaration and doctype on their own lines, elements indented by two
     * spaces per level, the root's namespace declarations first, then each element's attributes in name order (the
     * DOM keeps them sorted), empty elements closed with "/>". Anything else is built as the library's DOM and
     * serialised by its transformer with its settings.
     */
    private void serialise(OutputStream out) throws IOException {
        if (DIRECT && !root.children.isEmpty() && root.plain()) {
            StringBuilder b = new StringBuilder(1 << 16);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
            b.append("<!DOCTYPE svg PUBLIC \"").append(DOCTYPE_PUBLIC).append("\" \"").append(DOCTYPE_SYSTEM)
                    .append("\">\n");
            root.write(b, 0);
            byte[] bytes = new byte[b.length()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) b.charAt(i);
            out.write(bytes);
            return;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        DOMImplementation dom;
        try {
            dom = factory.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Could not create XML builder.");
        }
        Document doc = dom.createDocument(SVG_NS, "svg", dom.createDocumentType("svg", DOCTYPE_PUBLIC, DOCTYPE_SYSTEM));
        doc.setXmlStandalone(false);
        root.fill(doc, doc.getDocumentElement());
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty("indent", "yes");
            t.setOutputProperty("standalone", "no");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty("encoding", "UTF-8");
            t.setOutputProperty("doctype-public", doc.getDoctype().getPublicId());
            t.setOutputProperty("doctype-system", doc.getDoctype().getSystemId());
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException(e.getMessage());
        }
    }

    /**
     * Whether the XML implementations found are those whose output {@link Node#write} reproduces: Apache Xerces and
     * Xalan, as in the application's jar. Elsewhere (e.g. the JDK's own, which orders and indents differently) every
     * document goes through the DOM and the transformer found, as the library does.
     */
    static final boolean DIRECT = "org.apache.xalan.processor.TransformerFactoryImpl".equals(
            TransformerFactory.newInstance().getClass().getName())
            && "org.apache.xerces.jaxp.DocumentBuilderFactoryImpl".equals(
            DocumentBuilderFactory.newInstance().getClass().getName());

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String DOCTYPE_PUBLIC = "-//W3C//DTD SVG 1.1//EN";
    private static final String DOCTYPE_SYSTEM = "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd";

    /** An element as the library's DOM would hold it: name, attributes, children (elements, or text). */
    static final class Node {
        final String name;
        /** attribute names and values, kept in name order as the DOM keeps them */
        final List<String> attributes = new ArrayList<>(8);
        final List<Object> children = new ArrayList<>(0);

        Node(String name) {
            this.name = name;
        }

        void setAttribute(String key, String value) {
            int lo = 0;
            int hi = attributes.size() / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = key.compareTo(attributes.get(2 * mid));
                if (c == 0) {
                    attributes.set(2 * mid + 1, value);
                    return;
                }
                if (c > 0) lo = mid + 1;
                else hi = mid - 1;
            }
            attributes.add(2 * lo, value);
            attributes.add(2 * lo, key);
        }

        String getAttribute(String key) {
            for (int i = 0; i < attributes.size(); i += 2) if (attributes.get(i).equals(key)) return attributes.get(i + 1);
            return "";
        }

        void removeAttribute(String key) {
            for (int i = 0; i < attributes.size(); i += 2) {
                if (attributes.get(i).equals(key)) {
                    attributes.remove(i);
                    attributes.remove(i);
                    return;
                }
            }
        }

        void appendChild(Node child) {
            children.add(child);
        }

        void insertFirst(Node child) {
            children.add(0, child);
        }

        void appendText(String text) {
            children.add(text);
        }

        /** No text node and no attribute value that the serialiser would escape or that is not ASCII. */
        boolean plain() {
            for (int i = 1; i < attributes.size(); i += 2) {
                String v = attributes.get(i);
                for (int k = 0; k < v.length(); k++) {
                    char ch = v.charAt(k);
                    if (ch < 0x20 || ch > 0x7E || ch == '&' || ch == '<' || ch == '>' || ch == '"') return false;
                }
            }
            for (Object c : children) if (!(c instanceof Node n) || !n.plain()) return false;
            return true;
        }

        void write(StringBuilder b, int depth) {
            indent(b, depth);
            b.append('<').append(name);
            if (depth == 0) {
                // the root: its namespace (from the document) and the xlink declaration come first
                b.append(" xmlns=\"").append(SVG_NS).append('"');
                String xlink = getAttribute("xmlns:xlink");
                if (!xlink.isEmpty()) b.append(" xmlns:xlink=\"").append(xlink).append('"');
            }
            for (int i = 0; i < attributes.size(); i += 2) {
                if (depth == 0 && attributes.get(i).equals("xmlns:xlink")) continue;
                b.append(' ').append(attributes.get(i)).append("=\"").append(attributes.get(i + 1)).append('"');
            }
            if (children.isEmpty()) {
                b.append("/>\n");
                return;
            }
            b.append(">\n");
            for (Object c : children) ((Node) c).write(b, depth + 1);
            indent(b, depth);
            b.append("</").append(name).append(">\n");
        }

        private static void indent(StringBuilder b, int depth) {
            for (int i = 0; i < depth; i++) b.append("  ");
        }

        /** The library's DOM of this element into {@code e} (the root) or a new element of {@code doc}. */
        void fill(Document doc, Element e) {
            for (int i = 0; i < attributes.size(); i += 2) e.setAttribute(attributes.get(i), attributes.get(i + 1));
            for (Object c : children) {
                if (c instanceof Node n) {
                    Element child = doc.createElement(n.name);
                    e.appendChild(child);
                    n.fill(doc, child);
                } else {
                    e.appendChild(doc.createTextNode((String) c));
                }
            }
        }
    }
}
