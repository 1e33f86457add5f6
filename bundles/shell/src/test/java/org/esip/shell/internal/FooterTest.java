package org.esip.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.esip.core.api.Page;
import org.junit.Test;

public class FooterTest {
    @Test
    public void anExactTotalShowsThePagesAndACappedOneAtLeast() {
        assertEquals("第 1/2 页，共 3 条 (page 1 of 2, 3 in all)", Footer.of(new Page<>(List.of(1, 2), 0, 2, 3)));
        assertEquals("第 4001 页，共 10,000+ 条（--exact-total 逐条计数） (page 4001, 10,000+ in all; --exact-total counts them)",
                Footer.of(new Page<>(List.of(1), 4000, 20, 10_000, false, "k1.x")));
    }
}
