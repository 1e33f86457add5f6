package org.esip.line.policy.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.DiagnosisReport;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyApplication;
import org.esip.line.policy.api.Verdict;

/**
 * The diagnosis report as a PDF whose Chinese is real text (searchable, copyable): a CJK TrueType font of the
 * machine (configured, or the first of the usual Debian/Ubuntu/CentOS places) is embedded as a subset.
 */
final class DiagnosisPdf {
    /** Where CJK TrueType fonts usually are; the first that exists is used unless one is configured. */
    static final List<String> USUAL_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc");
    private static final float MARGIN = 50;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;

    private DiagnosisPdf() {
    }

    /** The font file to use, or {@code null} when the machine has none. */
    static File font(String configured) {
        if (configured != null && !configured.isBlank()) {
            File f = new File(configured.strip());
            return f.isFile() ? f : null;
        }
        return USUAL_FONTS.stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
    }

    static byte[] render(DiagnosisReport r, File fontFile) {
        try (PDDocument doc = new PDDocument(); TrueTypeCollectionOrFont source = TrueTypeCollectionOrFont.open(fontFile)) {
            PDType0Font font = PDType0Font.load(doc, source.font(), true);
            Writer w = new Writer(doc, font);
            var e = r.enterprise();
            w.line(e.name() + " 智能政策诊断报告", 16);
            w.line("Policy diagnosis report · " + r.evaluatedOn() + " · " + e.creditCode(), SIZE);
            w.gap();
            w.line("可享受的政策 Policies it qualifies for · 预计最高可获 " + amount(r.totalBenefitWan()), 13);
            if (r.eligible().isEmpty()) {
                w.line("暂无 None yet", SIZE);
            }
            for (var g : r.eligible()) {
                w.line(g.nameZh() + " " + g.nameEn() + " · " + amount(g.benefitWan()), 12);
                items(w, g.policies(), false);
            }
            w.gap();
            w.line("待确认的政策 Policies its data cannot decide yet", 13);
            items(w, r.unknown(), true);
            w.gap();
            w.line("差一项条件的政策 Near misses", 13);
            items(w, r.nearMisses(), true);
            w.gap();
            w.line("已申报 Applications so far", 13);
            for (PolicyApplication a : r.applications()) {
                w.line("· " + a.policyTitle() + " · " + a.mode() + " · " + a.status()
                        + (a.outcome() == null ? "" : " · " + a.outcome()), SIZE);
            }
            w.gap();
            w.line("最新政策 Latest policies", 13);
            for (Policy p : r.latest()) {
                w.line("· " + p.title() + "（" + p.issuer() + "）", SIZE);
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String amount(BigDecimal wan) {
        return wan == null ? "—" : wan.stripTrailingZeros().toPlainString() + " 万元";
    }

    private static void items(Writer w, List<DiagnosisReport.Item> items, boolean onlyOpen) throws IOException {
        if (items.isEmpty()) {
            w.line("无 None", SIZE);
        }
        for (var i : items) {
            Policy p = i.policy();
            w.line("· " + p.title() + (p.documentNumber() == null ? "" : "（" + p.documentNumber() + "）") + " · "
                    + amount(p.benefitWan()), SIZE);
            for (ConditionResult c : i.match().conditions()) {
                if (!onlyOpen || c.verdict() != Verdict.ELIGIBLE) {
                    w.line("    " + c.explanationZh() + " / " + c.explanationEn(), SIZE - 1);
                }
            }
        }
    }

    /** A TrueType font, alone in its file or the first of a collection (.ttc). */
    private static final class TrueTypeCollectionOrFont implements AutoCloseable {
        private final TrueTypeCollection collection;
        private final TrueTypeFont font;

        private TrueTypeCollectionOrFont(TrueTypeCollection collection, TrueTypeFont font) {
            this.collection = collection;
            this.font = font;
        }

        static TrueTypeCollectionOrFont open(File file) throws IOException {
            if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection c = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                c.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return new TrueTypeCollectionOrFont(c, first[0]);
            }
            return new TrueTypeCollectionOrFont(null, new TTFParser().parse(file));
        }

        TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }

    /** Writes wrapped lines down A4 pages. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap() {
            y -= LEADING / 2;
        }

        void line(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String part : wrap(printable(text), size, width)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(part);
                stream.endText();
                y -= Math.max(LEADING, size * 1.5f);
            }
        }

        /** The text with every character the font lacks replaced, so that nothing is silently dropped. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.getStringWidth(ch);
                    b.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(current + ch) / 1000 * size > width && current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
