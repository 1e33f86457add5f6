package org.esip.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.esip.core.api.TableFormat;
import org.esip.core.api.ValidationException;
import org.esip.registry.api.ImportReport;

/** How every registry takes a spreadsheet upload and gives a download over REST. */
final class Spreadsheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /** The upload's format from its Content-Type, else from a {@code filename} parameter; 400 on field {@code file}. */
    static TableFormat uploaded(String contentType, String filename) {
        TableFormat format = TableFormat.of(contentType);
        if (format == null) {
            format = TableFormat.of(filename);
        }
        if (format == null) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                    List.of(RestMessages.violation("file", "file.format")));
        }
        return format;
    }

    /** The format asked for with {@code ?format=}; CSV by default. */
    static TableFormat requested(String format) {
        return format == null || format.isBlank() ? TableFormat.CSV
                : Params.optionalEnum("format", format, TableFormat.class);
    }

    /** 200 with the report when stored or checked, 422 with the report when a row was rejected (nothing stored). */
    static Response report(ImportReport report) {
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).type(MediaType.APPLICATION_JSON)
                .build();
    }

    static Response download(byte[] file, TableFormat format, String name, String nameZh) {
        return Response.ok(file, format.mediaType() + (format == TableFormat.CSV ? "; charset=utf-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension()
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(nameZh + "." + format.extension(),
                                StandardCharsets.UTF_8))
                .build();
    }
}
