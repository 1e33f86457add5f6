package org.esip.line.volunteer.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.esip.line.volunteer.api.ServiceRecord;
import org.esip.line.volunteer.api.Volunteer;

/**
 * The certificate of a volunteer's service hours (志愿服务时长证明) as a PDF whose Chinese is real text: the machine's
 * CJK TrueType font (Debian's fonts-wqy-microhei and the usual alternatives) embedded as a subset.
 */
final class CertificatePdf {
    static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "C:/Windows/Fonts/msyh.ttc");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private CertificatePdf() {
    }

    /** The first CJK font of the machine, or {@code null}. */
    static File font() {
        return FONTS.stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
    }

    static byte[] render(Volunteer v, int year, List<ServiceRecord> records, String platform, File fontFile) {
        BigDecimal total = records.stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (PDDocument doc = new PDDocument()) {
            TrueTypeCollection collection = null;
            TrueTypeFont ttf;
            if (fontFile.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                collection = new TrueTypeCollection(fontFile);
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                ttf = first.get();
            } else {
                ttf = new TTFParser().parse(fontFile);
            }
            try {
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float y = page.getMediaBox().getHeight() - 70;
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    y = text(out, font, 20, 170, y, "志愿服务时长证明");
                    y = text(out, font, 11, 185, y - 4, "Certificate of volunteer service hours");
                    y -= 20;
                    y = text(out, font, 12, 60, y, "兹证明志愿者 " + v.name() + "（手机尾号 " + tail(v.phone()) + "）于 "
                            + year + " 年度在本平台参加助企公益志愿服务，经组织方确认的服务时长合计 "
                            + total.stripTrailingZeros().toPlainString() + " 小时，共 " + records.size() + " 条服务记录：");
                    y = text(out, font, 10, 60, y, "Volunteer " + v.name() + " served " + total.stripTrailingZeros()
                            .toPlainString() + " confirmed hours in " + year + " (" + records.size() + " records):");
                    y -= 8;
                    y = text(out, font, 10, 60, y, "日期 Date | 活动 Activity | 服务内容 Content | 时长 Hours | 确认 Confirmed by");
                    for (ServiceRecord r : records) {
                        if (y < 90) {
                            break;
                        }
                        String day = r.servedFrom() == null ? "" : DAY.format(r.servedFrom().atZone(VolunteerRules.ZONE));
                        y = text(out, font, 10, 60, y, day + " | " + cut(r.activityTheme(), 24) + " | "
                                + cut(r.content(), 24) + " | " + r.hours().stripTrailingZeros().toPlainString() + " | "
                                + r.confirmedBy());
                    }
                    y -= 16;
                    y = text(out, font, 10, 60, y, "本证明依据平台记录的志愿服务记录（服务对象、内容、时间、时长、确认人）出具。");
                    y = text(out, font, 10, 60, y, "Issued from the platform's confirmed volunteer service records.");
                    text(out, font, 11, 330, y - 20, platform + "  " + LocalDate.now(VolunteerRules.ZONE));
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.save(bytes);
                return bytes.toByteArray();
            } finally {
                if (collection != null) {
                    collection.close();
                } else {
                    ttf.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String phone) {
        return phone == null || phone.length() < 4 ? "—" : phone.substring(phone.length() - 4);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    /** Writes one line (wrapped at the page's width) and answers the next line's y. */
    private static float text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        float width = PDRectangle.A4.getWidth() - x - 50;
        StringBuilder line = new StringBuilder();
        float at = y;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (font.getStringWidth(line + c) / 1000 * size > width) {
                at = show(out, font, size, x, at, line.toString());
                line.setLength(0);
            }
            line.append(c);
            i += Character.charCount(cp);
        }
        return show(out, font, size, x, at, line.toString());
    }

    private static float show(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
        return y - size * 1.6f;
    }
}
