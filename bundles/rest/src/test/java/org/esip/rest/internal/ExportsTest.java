package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** What the audit log says about an export: the criteria, never the data. */
public class ExportsTest {
    @Test
    public void onlyTheCriteriaThatWereSetAreNamed() {
        assertEquals("q=乐清 region=3303", Exports.criteria("q", " 乐清 ", "region", "3303", "tag", null, "status", " "));
        assertEquals("(all)", Exports.criteria("q", null, "region", ""));
    }
}
