package org.esip.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One file as the browser gets it: its bytes, the same bytes gzip-compressed when that is worth it, its
 * media type and an ETag (a hash of the content) for revalidation.
 */
record WebFile(byte[] bytes, byte[] gzipped, String contentType, String etag) {
    private static final int MIN_COMPRESS = 256;

    static WebFile of(byte[] bytes, String contentType) {
        byte[] gz = null;
        if (ContentTypes.compressible(contentType) && bytes.length >= MIN_COMPRESS) {
            gz = gzip(bytes);
            if (gz.length >= bytes.length) {
                gz = null;
            }
        }
        return new WebFile(bytes, gz, contentType, etag(bytes));
    }

    static WebFile read(URL url, String contentType) {
        try (InputStream in = url.openStream()) {
            return of(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
