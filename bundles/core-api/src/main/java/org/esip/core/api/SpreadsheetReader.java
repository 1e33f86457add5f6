package org.esip.core.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the files people import (CSV in UTF-8 with or without BOM, or XLSX) the one way the platform does,
 * for the core's registries and for service lines alike: size and row limits, and a clear error instead of a
 * stack trace.
 */
@ProviderType
public interface SpreadsheetReader {

    /**
     * @throws ValidationException on field {@code file} when the file is empty, too large, not of its format,
     *                             has no header row or too many rows
     */
    Spreadsheet read(byte[] content, TableFormat format);
}
