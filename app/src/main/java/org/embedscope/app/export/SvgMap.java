package org.embedscope.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A map as SVG for papers and slides: every point a circle, labels as real text (searchable and
 * editable), a title, axis names and a legend, on a white page.
 */
public final class SvgMap {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 900;
    private static final double FONT = 12;

    private SvgMap() {
    }

    public static void write(MapPicture picture, Path file) throws IOException {
        PictureFrame frame = new PictureFrame(picture.xy(), WIDTH, HEIGHT, 40);
        double radius = picture.points() > 20_000 ? 0.9 : picture.points() > 2_000 ? 1.6 : 3;
        List<LabelPlacer.Placed> labels = LabelPlacer.place(picture, frame, text -> text.length() * FONT * 0.6, FONT, 80);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                    + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n",
                    WIDTH, HEIGHT, WIDTH, HEIGHT));
            out.write("<title>" + escape(picture.title()) + "</title>\n");
            out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g id=\"points\" stroke=\"none\">\n");
            for (int p = 0; p < picture.points(); p++) {
                float x = picture.xy()[2 * p];
                float y = picture.xy()[2 * p + 1];
                if (Float.isNaN(x) || Float.isNaN(y)) {
                    continue;
                }
                double px = frame.x(x);
                double py = frame.y(y);
                if (frame.inside(px, py)) {
                    out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"%s\"/>\n",
                            px, py, radius, rgb(picture.colors()[p]), opacity(picture.colors()[p])));
                }
            }
            out.write("</g>\n<g id=\"marks\" fill=\"none\" stroke-width=\"1.5\">\n");
            for (MapPicture.Mark m : picture.marked()) {
                out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" stroke=\"%s\"/>\n",
                        frame.x(picture.xy()[2 * m.point()]), frame.y(picture.xy()[2 * m.point() + 1]), rgb(m.color())));
            }
            out.write("</g>\n<g id=\"labels\" font-size=\"12\" fill=\"#1d2330\">\n");
            for (LabelPlacer.Placed label : labels) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", label.x(), label.y(),
                        escape(label.text())));
            }
            out.write("</g>\n");
            writeFrameText(out, picture);
            out.write("</svg>\n");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeFrameText(BufferedWriter out, MapPicture picture) throws IOException {
        out.write("<g id=\"caption\" fill=\"#1d2330\">\n");
        out.write("<text x=\"20\" y=\"28\" font-size=\"16\" font-weight=\"bold\">" + escape(picture.title()) + "</text>\n");
        if (picture.axes().size() >= 2) {
            out.write("<text x=\"20\" y=\"48\" font-size=\"12\" fill=\"#4a5568\">x: " + escape(picture.axes().get(0))
                    + "   y: " + escape(picture.axes().get(1)) + "</text>\n");
        }
        out.write("</g>\n<g id=\"legend\" font-size=\"12\" fill=\"#1d2330\">\n");
        double y = HEIGHT - 20 - 18.0 * picture.legend().size();
        for (MapPicture.LegendEntry entry : picture.legend()) {
            out.write(String.format(Locale.ROOT, "<circle cx=\"28\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>"
                    + "<text x=\"40\" y=\"%.1f\">%s</text>\n", y, rgb(entry.color()), y + 4, escape(entry.label())));
            y += 18;
        }
        out.write("</g>\n");
    }

    static String rgb(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    private static String opacity(int argb) {
        return String.format(Locale.ROOT, "%.2f", ((argb >>> 24) & 0xFF) / 255.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
