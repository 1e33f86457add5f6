package org.esip.core.internal.content;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Attachments are stored by their SHA-256, recognised by their content and never trusted by name (6.4.1). */
public class ContentStoreTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aFileIsStoredOnceUnderItsHashAndReadBackIntact_6_4_1() throws Exception {
        ContentStore store = new ContentStore(folder.getRoot().toPath());
        byte[] pdf = "%PDF-1.7 申请书".getBytes(StandardCharsets.UTF_8);
        String hash = store.put(pdf);
        assertEquals(ContentStore.sha256(pdf), hash);
        assertEquals(hash, store.put(pdf));
        Path p = store.path(hash);
        assertEquals(hash.substring(0, 2), p.getParent().getFileName().toString());
        assertArrayEquals(pdf, store.read(hash).orElseThrow());
        try (var files = Files.list(p.getParent())) {
            assertEquals("no temporary files left behind", 1, files.count());
        }
        // A changed file is not handed out as the original.
        Files.write(p, "%PDF-1.7 tampered".getBytes(StandardCharsets.UTF_8));
        assertFalse(store.intact(hash));
        assertTrue(store.read(hash).isEmpty());
        // put() repairs it from the original bytes.
        store.put(pdf);
        assertTrue(store.intact(hash));
        assertFalse(store.intact("0".repeat(64)));
    }

    @Test
    public void onlyPdfImagesAndOfficeDocumentsWhoseContentMatchesTheirNameAreAccepted_6_4_1() {
        byte[] pdf = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0};
        assertEquals("application/pdf", FileTypes.recognise("营业执照.PDF", pdf).orElseThrow());
        assertEquals("image/png", FileTypes.recognise("现场照片.png", png).orElseThrow());
        assertEquals("image/jpeg", FileTypes.recognise("a.jpeg", jpeg).orElseThrow());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileTypes.recognise("合同.docx", zip).orElseThrow());
        assertEquals("application/vnd.ms-excel", FileTypes.recognise("报表.xls", ole).orElseThrow());
        assertTrue(FileTypes.recognise("报告.ods", zip).isPresent());
        assertTrue("a program renamed to .pdf", FileTypes.recognise("invoice.pdf", exe).isEmpty());
        assertTrue("a PDF called .png", FileTypes.recognise("photo.png", pdf).isEmpty());
        assertTrue("a type not accepted", FileTypes.recognise("setup.exe", exe).isEmpty());
        assertTrue("a zip that is not an office document by name", FileTypes.recognise("a.zip", zip).isEmpty());
        assertTrue("no extension", FileTypes.recognise("README", pdf).isEmpty());
        assertTrue("too short", FileTypes.recognise("a.pdf", new byte[] {'%'}).isEmpty());
    }
}
