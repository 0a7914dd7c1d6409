package org.embedscope.app.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** The same picture as {@link SvgMap}, as a PNG drawn at twice its size for sharp slides and print. */
public final class PngMap {
    public static final int SCALE = 2;

    private PngMap() {
    }

    public static void write(MapPicture picture, Path file) throws IOException {
        int width = SvgMap.WIDTH;
        int height = SvgMap.HEIGHT;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            PictureFrame frame = new PictureFrame(picture.xy(), width, height, 40);
            double radius = picture.points() > 20_000 ? 0.9 : picture.points() > 2_000 ? 1.6 : 3;
            for (int p = 0; p < picture.points(); p++) {
                float x = picture.xy()[2 * p];
                float y = picture.xy()[2 * p + 1];
                if (!Float.isNaN(x) && !Float.isNaN(y)) {
                    g.setColor(new Color(picture.colors()[p], true));
                    g.fill(new Ellipse2D.Double(frame.x(x) - radius, frame.y(y) - radius, 2 * radius, 2 * radius));
                }
            }
            g.setStroke(new BasicStroke(1.5f));
            for (MapPicture.Mark m : picture.marked()) {
                g.setColor(new Color(m.color(), false));
                g.draw(new Ellipse2D.Double(frame.x(picture.xy()[2 * m.point()]) - 5,
                        frame.y(picture.xy()[2 * m.point() + 1]) - 5, 10, 10));
            }
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            List<LabelPlacer.Placed> labels = LabelPlacer.place(picture, frame, metrics::stringWidth, 12, 80);
            g.setColor(new Color(0x1d2330));
            for (LabelPlacer.Placed label : labels) {
                g.drawString(label.text(), (float) label.x(), (float) label.y());
            }
            g.setFont(font.deriveFont(Font.BOLD, 16f));
            g.drawString(picture.title(), 20, 28);
            g.setFont(font);
            if (picture.axes().size() >= 2) {
                g.setColor(new Color(0x4a5568));
                g.drawString("x: " + picture.axes().get(0) + "   y: " + picture.axes().get(1), 20, 48);
            }
            double y = height - 20 - 18.0 * picture.legend().size();
            for (MapPicture.LegendEntry entry : picture.legend()) {
                g.setColor(new Color(entry.color(), false));
                g.fill(new Ellipse2D.Double(23, y - 5, 10, 10));
                g.setColor(new Color(0x1d2330));
                g.drawString(entry.label(), 40, (float) y + 4);
                y += 18;
            }
        } finally {
            g.dispose();
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer in this Java");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
