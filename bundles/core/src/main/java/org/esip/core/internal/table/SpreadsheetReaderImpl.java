package org.esip.core.internal.table;

import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.osgi.service.component.annotations.Component;

/** The core's spreadsheet reading ({@link Tables}) offered to service lines. */
@Component(service = SpreadsheetReader.class)
public class SpreadsheetReaderImpl implements SpreadsheetReader {

    @Override
    public Spreadsheet read(byte[] content, TableFormat format) {
        Table t = Tables.read(content, format);
        return new Spreadsheet(t.headers(), t.rows().stream().map(r -> new Spreadsheet.Row(r.number(), r.cells())).toList());
    }
}
