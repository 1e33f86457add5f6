package org.esip.core.internal.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of files the platform accepts as attachments (clause 6.4.1: applications, agreements,
 * reports): PDF, PNG and JPEG images, Word, Excel and PowerPoint documents (old and new formats) and
 * OpenDocument files. A file is recognised by its first bytes, and its name must say the same thing:
 * a renamed executable is neither.
 */
public final class FileTypes {
    /** Extension → MIME type of every accepted kind. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};

    private FileTypes() {
    }

    /** The extensions accepted, for messages. */
    public static String accepted() {
        return "pdf, png, jpg, jpeg, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp";
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The MIME type of a file, when its name has an accepted extension and its content is of that kind.
     */
    public static Optional<String> recognise(String fileName, byte[] content) {
        String ext = extension(fileName);
        String type = TYPES.get(ext);
        if (type == null || content == null) {
            return Optional.empty();
        }
        boolean matches = switch (ext) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "doc", "xls", "ppt" -> startsWith(content, OLE2);
            // Office Open XML and OpenDocument are ZIP packages.
            default -> startsWith(content, ZIP);
        };
        return matches ? Optional.of(type) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
