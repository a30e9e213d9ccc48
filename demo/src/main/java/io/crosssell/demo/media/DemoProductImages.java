package io.crosssell.demo.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import io.crosssell.demo.seed.DemoCatalog;

/**
 * Draws a picture of every demo product (a flat illustration per category, coloured per product) and writes
 * the seed SQL that makes each its SKU's Broadleaf "primary" media, served as a static asset from the class
 * path. Run once after changing the catalog; the PNGs and sql/demo_media.sql are committed:
 * {@code java -cp demo/target/classes io.crosssell.demo.media.DemoProductImages demo/src/main/resources}
 */
public final class DemoProductImages {

    /** Pixels per side: large enough for a product page, resized by Broadleaf for thumbnails. */
    static final int SIZE = 480;
    /** Where the PNGs live under the class path folder the demo gives Broadleaf (asset.server.file.classpath.directory). */
    static final String ASSET_FOLDER = "/img/products/";
    static final String CLASSPATH_DIRECTORY = "demo-assets";
    /** Broadleaf's static-asset URL prefix (asset.server.url.prefix.internal). */
    static final String URL_PREFIX = "/cmsstatic";

    private interface Painter {
        void paint(Graphics2D g, Color colour);
    }

    private static final Map<Long, Painter> PAINTERS = new HashMap<Long, Painter>();

    static {
        PAINTERS.put(DemoCatalog.BIKES, DemoProductImages::bike);
        PAINTERS.put(DemoCatalog.HELMETS, DemoProductImages::helmet);
        PAINTERS.put(DemoCatalog.LOCKS, DemoProductImages::lock);
        PAINTERS.put(DemoCatalog.LIGHTS, DemoProductImages::light);
        PAINTERS.put(DemoCatalog.PUMPS, DemoProductImages::pump);
        PAINTERS.put(DemoCatalog.BOTTLES, DemoProductImages::bottle);
        PAINTERS.put(DemoCatalog.TOOLS, DemoProductImages::tool);
        PAINTERS.put(DemoCatalog.APPAREL, DemoProductImages::jersey);
    }

    private DemoProductImages() {
    }

    public static void main(String[] args) throws IOException {
        File resources = new File(args.length > 0 ? args[0] : "demo/src/main/resources");
        File folder = new File(resources, CLASSPATH_DIRECTORY + ASSET_FOLDER);
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("cannot create " + folder);
        }
        PrintWriter sql = new PrintWriter(new File(resources, "sql/demo_media.sql"), StandardCharsets.UTF_8.name());
        try {
            sql.println("-- Primary images of the demo products, drawn by io.crosssell.demo.media.DemoProductImages (which writes this file).");
            sql.println("-- Each PNG is a Broadleaf static asset read from the class path (asset.server.file.classpath.directory=/"
                    + CLASSPATH_DIRECTORY + "),");
            sql.println("-- so Broadleaf's /cmsstatic/ handler serves it and resizes it for named operations such as ?crosssellThumbnail.");
            for (DemoCatalog.Item item : DemoCatalog.all()) {
                String file = fileName(item.id);
                File png = new File(folder, file);
                ImageIO.write(draw(item), "png", png);
                String name = item.name.replace("'", "''");
                sql.printf("INSERT INTO BLC_STATIC_ASSET (STATIC_ASSET_ID, NAME, FULL_URL, TITLE, ALT_TEXT, MIME_TYPE, FILE_SIZE, FILE_EXTENSION, STORAGE_TYPE)"
                        + " VALUES (%d, '%s', '%s', '%s', '%s', 'image/png', %d, 'png', 'FILESYSTEM');%n",
                        item.id, file, ASSET_FOLDER + file, name, name, png.length());
                sql.printf("INSERT INTO BLC_MEDIA (MEDIA_ID, URL, TITLE, ALT_TEXT, TAGS) VALUES (%d, '%s', '%s', '%s', NULL);%n",
                        item.id, URL_PREFIX + ASSET_FOLDER + file, name, name);
                sql.printf("INSERT INTO BLC_SKU_MEDIA_MAP (BLC_SKU_SKU_ID, MEDIA_ID, MAP_KEY) VALUES (%d, %d, 'primary');%n", item.id, item.id);
            }
        } finally {
            sql.close();
        }
    }

    static String fileName(long productId) {
        return "product-" + productId + ".png";
    }

    static BufferedImage draw(DemoCatalog.Item item) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Each product its own hue (spread by a golden-ratio step), so neighbours in a widget differ.
            float hue = (float) ((item.id * 0.618033988749895) % 1.0);
            Color colour = Color.getHSBColor(hue, 0.62f, 0.78f);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.06f, 1f), 0, SIZE, Color.getHSBColor(hue, 0.14f, 0.94f)));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(0, 0, 0, 28));
            g.fill(new Ellipse2D.Double(70, 392, 340, 34));
            PAINTERS.get(item.categoryId).paint(g, colour);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static final Color INK = new Color(0x2b, 0x2d, 0x42);

    private static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static void bike(Graphics2D g, Color colour) {
        g.setStroke(stroke(14));
        g.setColor(INK);
        g.draw(new Ellipse2D.Double(40, 230, 160, 160));
        g.draw(new Ellipse2D.Double(280, 230, 160, 160));
        g.setStroke(stroke(3));
        for (int spoke = 0; spoke < 8; spoke++) {
            double angle = Math.PI * spoke / 8;
            double dx = Math.cos(angle) * 74, dy = Math.sin(angle) * 74;
            g.draw(new Line2D.Double(120 - dx, 310 - dy, 120 + dx, 310 + dy));
            g.draw(new Line2D.Double(360 - dx, 310 - dy, 360 + dx, 310 + dy));
        }
        Path2D frame = new Path2D.Double();
        frame.moveTo(120, 310);
        frame.lineTo(215, 180);
        frame.lineTo(345, 180);
        frame.lineTo(240, 310);
        frame.closePath();
        frame.moveTo(215, 180);
        frame.lineTo(240, 310);
        frame.moveTo(345, 180);
        frame.lineTo(360, 310);
        g.setColor(colour);
        g.setStroke(stroke(16));
        g.draw(frame);
        g.setColor(INK);
        g.setStroke(stroke(12));
        g.draw(new Line2D.Double(345, 180, 335, 135));
        g.draw(new Line2D.Double(315, 130, 370, 130));
        g.draw(new Line2D.Double(215, 180, 205, 150));
        g.fill(new RoundRectangle2D.Double(172, 132, 72, 22, 20, 20));
    }

    private static void helmet(Graphics2D g, Color colour) {
        g.setColor(colour);
        g.fill(new Arc2D.Double(70, 110, 340, 340, 0, 180, Arc2D.CHORD));
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(62, 270, 356, 26, 20, 20));
        g.setColor(new Color(255, 255, 255, 170));
        for (int vent = 0; vent < 4; vent++) {
            g.fill(new RoundRectangle2D.Double(138 + vent * 56, 160 + Math.abs(1.5 - vent) * 18, 28, 70, 24, 24));
        }
        g.setColor(INK);
        g.setStroke(stroke(6));
        g.draw(new Line2D.Double(130, 296, 200, 380));
        g.draw(new Line2D.Double(350, 296, 280, 380));
        g.draw(new Line2D.Double(200, 380, 280, 380));
    }

    private static void lock(Graphics2D g, Color colour) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Path2D shackle = new Path2D.Double();
        shackle.moveTo(160, 250);
        shackle.lineTo(160, 170);
        shackle.append(new Arc2D.Double(160, 90, 160, 160, 180, -180, Arc2D.OPEN), true);
        shackle.lineTo(320, 250);
        g.draw(shackle);
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(110, 230, 260, 170, 40, 40));
        g.setColor(INK);
        g.fill(new Ellipse2D.Double(222, 280, 36, 36));
        g.fill(new RoundRectangle2D.Double(232, 300, 16, 52, 8, 8));
    }

    private static void light(Graphics2D g, Color colour) {
        g.setColor(new Color(255, 214, 10, 190));
        g.setStroke(stroke(12));
        for (int ray = -2; ray <= 2; ray++) {
            double angle = ray * 0.28;
            g.draw(new Line2D.Double(330 + Math.cos(angle) * 40, 250 + Math.sin(angle) * 40,
                    330 + Math.cos(angle) * 120, 250 + Math.sin(angle) * 120));
        }
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(90, 180, 230, 140, 60, 60));
        g.setColor(INK);
        g.fill(new Ellipse2D.Double(250, 195, 110, 110));
        g.setColor(new Color(255, 241, 160));
        g.fill(new Ellipse2D.Double(268, 213, 74, 74));
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(150, 320, 60, 60, 14, 14));
    }

    private static void pump(Graphics2D g, Color colour) {
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(120, 370, 240, 30, 20, 20));
        g.fill(new RoundRectangle2D.Double(232, 70, 16, 80, 8, 8));
        g.fill(new RoundRectangle2D.Double(160, 60, 160, 24, 24, 24));
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(200, 140, 80, 240, 30, 30));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(212, 230, 56, 56));
        g.setColor(INK);
        g.setStroke(stroke(5));
        g.draw(new Line2D.Double(240, 258, 256, 240));
        g.setStroke(stroke(8));
        Path2D hose = new Path2D.Double();
        hose.moveTo(280, 340);
        hose.curveTo(360, 330, 380, 250, 340, 200);
        g.draw(hose);
    }

    private static void bottle(Graphics2D g, Color colour) {
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(205, 60, 70, 40, 16, 16));
        g.fill(new RoundRectangle2D.Double(225, 40, 30, 30, 10, 10));
        g.setColor(colour);
        Path2D body = new Path2D.Double();
        body.moveTo(190, 100);
        body.lineTo(290, 100);
        body.curveTo(330, 140, 330, 180, 320, 200);
        body.lineTo(320, 390);
        body.quadTo(320, 410, 300, 410);
        body.lineTo(180, 410);
        body.quadTo(160, 410, 160, 390);
        body.lineTo(160, 200);
        body.curveTo(150, 180, 150, 140, 190, 100);
        g.fill(body);
        g.setColor(new Color(255, 255, 255, 150));
        g.fill(new RoundRectangle2D.Double(180, 240, 120, 70, 20, 20));
    }

    private static void tool(Graphics2D g, Color colour) {
        g.setColor(new Color(0x8d, 0x99, 0xae));
        for (int blade = 0; blade < 4; blade++) {
            Graphics2D turned = (Graphics2D) g.create();
            turned.rotate(-0.5 + blade * 0.33, 140, 300);
            turned.fill(new RoundRectangle2D.Double(140, 284, 240, 32, 16, 16));
            turned.dispose();
        }
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(70, 260, 260, 84, 42, 42));
        g.setColor(INK);
        g.fill(new Ellipse2D.Double(100, 284, 36, 36));
        g.fill(new Ellipse2D.Double(264, 284, 36, 36));
    }

    private static void jersey(Graphics2D g, Color colour) {
        Path2D shirt = new Path2D.Double();
        shirt.moveTo(180, 90);
        shirt.quadTo(240, 130, 300, 90);
        shirt.lineTo(410, 150);
        shirt.lineTo(370, 230);
        shirt.lineTo(330, 210);
        shirt.lineTo(330, 400);
        shirt.lineTo(150, 400);
        shirt.lineTo(150, 210);
        shirt.lineTo(110, 230);
        shirt.lineTo(70, 150);
        shirt.closePath();
        g.setColor(colour);
        g.fill(shirt);
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(new RoundRectangle2D.Double(150, 250, 180, 26, 10, 10));
        g.setColor(INK);
        g.setStroke(stroke(6));
        g.draw(shirt);
    }
}
