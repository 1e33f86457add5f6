package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The check-in QR code at the venue (clause 5.2.3.3) reads back as the check-in link. */
public class CheckInQrTest {
    private static final String LINK = "https://qiye.wenzhou.example.cn/portal/#/lines/training/check-in/12/K7Q2X9";

    @Test
    public void theCodeReadsBackAsTheCheckInLink() throws Exception {
        BitMatrix m = CheckInQr.matrix(LINK);
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
        assertEquals(LINK, read);
    }

    @Test
    public void theSvgDrawsEveryDarkModuleOnAWhiteGround() {
        String svg = CheckInQr.svg(LINK, 240);
        BitMatrix m = CheckInQr.matrix(LINK);
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) ? 1 : 0;
            }
        }
        assertTrue(svg, svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\""));
        assertTrue(svg.contains("viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\""));
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
        assertTrue("a quiet zone of four modules", !m.get(3, 3) && m.get(4, 4));
    }
}
