package org.esip.line.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate of attendance (培训证明) as a one-page landscape A4 PDF whose Chinese is real text: the configured
 * CJK TrueType font, or the first of the machine's usual ones (as the policy line's report does), embedded as a subset.
 */
final class CertificatePdf {
    static final List<String> USUAL_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "C:/Windows/Fonts/msyh.ttc");

    /** What the certificate says. */
    record Content(String number, String attendee, String enterprise, String course, String topic, String speaker,
            String when, String where, String issuedOn) {
    }

    private CertificatePdf() {
    }

    /** The configured font file if it exists, else the first usual one; {@code null} when there is none. */
    static File font(String configured) {
        if (configured != null && !configured.isBlank()) {
            File f = new File(configured.strip());
            return f.isFile() ? f : null;
        }
        for (String path : USUAL_FONTS) {
            File f = new File(path);
            if (f.isFile()) {
                return f;
            }
        }
        return null;
    }

    static byte[] render(Content c, File fontFile) {
        try (LoadedFont loaded = new LoadedFont(fontFile); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, loaded.font, true);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setLineWidth(3);
                s.addRect(30, 30, size.getWidth() - 60, size.getHeight() - 60);
                s.stroke();
                float y = size.getHeight() - 110;
                y = centred(s, font, size, y, "培训证明", 32, 44);
                y = centred(s, font, size, y, "Certificate of Attendance", 14, 40);
                y = centred(s, font, size, y, c.attendee() + "（" + c.enterprise() + "）", 18, 34);
                y = centred(s, font, size, y, "于 " + c.when() + " 参加了", 14, 26);
                y = centred(s, font, size, y, "《" + c.course() + "》（" + c.topic() + "）", 20, 34);
                y = centred(s, font, size, y, "主讲 Speaker：" + c.speaker() + "　地点 Place：" + c.where(), 12, 24);
                y = centred(s, font, size, y, "特发此证 This certifies that the person named attended the session.", 12, 50);
                centred(s, font, size, y, "证书编号 No. " + c.number() + "　　签发日期 Issued " + c.issuedOn(), 11, 20);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDPageContentStream s, PDType0Font font, PDRectangle size, float y, String text,
            float fontSize, float advance) throws IOException {
        String shown = printable(font, text);
        float width = font.getStringWidth(shown) / 1000 * fontSize;
        s.beginText();
        s.setFont(font, fontSize);
        s.newLineAtOffset(Math.max(40, (size.getWidth() - width) / 2), y);
        s.showText(shown);
        s.endText();
        return y - advance;
    }

    /** Characters the font cannot show become '?', rather than failing the whole certificate. */
    private static String printable(PDType0Font font, String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** The font of a .ttf file, or the first of a .ttc collection, open until the PDF is written. */
    private static final class LoadedFont implements Closeable {
        private final Closeable source;
        private final TrueTypeFont font;

        LoadedFont(File file) throws IOException {
            if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                source = collection;
                font = first.get();
            } else {
                font = new TTFParser().parse(file);
                source = font;
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
