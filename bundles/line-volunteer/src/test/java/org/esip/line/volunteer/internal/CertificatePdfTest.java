package org.esip.line.volunteer.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.esip.line.volunteer.api.RecordStatus;
import org.esip.line.volunteer.api.ServiceRecord;
import org.esip.line.volunteer.api.Volunteer;
import org.junit.Assume;
import org.junit.Test;

/** The certificate of service hours is a PDF whose Chinese is real, extractable text. */
public class CertificatePdfTest {

    @Test
    public void theCertificateNamesTheVolunteerAndItsHours() throws Exception {
        File font = CertificatePdf.font();
        Assume.assumeTrue("no CJK font on this machine", font != null);
        Volunteer v = new Volunteer(1, "林会计", "13905771234", null, 7L, List.of("财税"), "330302", List.of(), null, 0);
        Instant from = Instant.parse("2026-05-01T01:00:00Z");
        ServiceRecord r = new ServiceRecord(5, 3, "小微企业财税政策公益讲堂", 1, "林会计", 100L, new BigDecimal("2.50"),
                "讲授减税降费政策", from, from.plusSeconds(3 * 3600), RecordStatus.CONFIRMED, null, null, "org-user",
                from, "org-user", from, null, 1);
        byte[] pdf = CertificatePdf.render(v, 2026, List.of(r), "温州市企业服务综合平台", font);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = PDDocument.load(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("志愿服务时长证明"));
            assertTrue(text, text.contains("林会计"));
            assertTrue(text, text.contains("2.5 小时"));
        }
    }
}
