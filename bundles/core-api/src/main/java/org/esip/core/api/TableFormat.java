package org.esip.core.api;

import java.util.Locale;

/** Spreadsheet formats the registries import and export (counties keep their lists in spreadsheets). */
public enum TableFormat {
    /** Comma-separated values, UTF-8 (a byte-order mark is written, so that Excel shows Chinese). */
    CSV("text/csv", "csv"),
    /** Office Open XML workbook; the first sheet is read. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a media type (parameters such as charset ignored) or file name; null if neither. */
    public static TableFormat of(String mediaTypeOrFileName) {
        if (mediaTypeOrFileName == null) {
            return null;
        }
        String s = mediaTypeOrFileName.strip().toLowerCase(Locale.ROOT);
        for (TableFormat f : values()) {
            if (s.startsWith(f.mediaType) || s.endsWith("." + f.extension) || s.equals(f.extension)) {
                return f;
            }
        }
        return s.startsWith("application/csv") || s.startsWith("text/comma-separated-values") ? CSV : null;
    }
}
