package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeNotNull;

import java.io.File;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

/** The certificate of attendance: one page whose Chinese is real, extractable text (needs a CJK font). */
public class CertificatePdfTest {

    @Test
    public void chineseIsTextInTheCertificate() throws Exception {
        File font = CertificatePdf.font(null);
        assumeNotNull(font);
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("PX-3-000042", "陈建国", "温州鹿城测试鞋业有限公司",
                "中小企业数字化转型实务", "数字化 Digitalisation", "林教授", "2026-12-04 09:30–12:00",
                "鹿城区创业服务中心", "2026-12-04"), font);
        try (PDDocument doc = PDDocument.load(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("培训证明"));
            assertTrue(text, text.contains("陈建国"));
            assertTrue(text, text.contains("中小企业数字化转型实务"));
        }
    }

    @Test
    public void aConfiguredFontThatIsNotThereIsNoFont() {
        assertEquals(null, CertificatePdf.font("/nowhere/font.ttc"));
    }
}
