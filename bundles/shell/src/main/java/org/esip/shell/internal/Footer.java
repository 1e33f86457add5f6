package org.esip.shell.internal;

import java.util.Locale;

import org.esip.core.api.Page;

/** The line under a listing: which page of how many records ("10,000+" when a long list was not counted to its end). */
final class Footer {
    private Footer() {
    }

    static String of(Page<?> page) {
        if (!page.totalExact()) {
            return String.format(Locale.ROOT, "第 %d 页，共 %,d+ 条（--exact-total 逐条计数） (page %d, %,d+ in all; --exact-total counts them)",
                    page.page() + 1, page.total(), page.page() + 1, page.total());
        }
        long pages = page.total() == 0 ? 1 : (page.total() + page.size() - 1) / page.size();
        return String.format("第 %d/%d 页，共 %d 条 (page %d of %d, %d in all)", page.page() + 1, pages, page.total(),
                page.page() + 1, pages, page.total());
    }
}
