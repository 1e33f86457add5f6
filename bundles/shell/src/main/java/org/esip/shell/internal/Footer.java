package org.esip.shell.internal;

import org.esip.core.api.Page;

/** The line under a listing: which page of how many records. */
final class Footer {
    private Footer() {
    }

    static String of(Page<?> page) {
        long pages = page.total() == 0 ? 1 : (page.total() + page.size() - 1) / page.size();
        return String.format("第 %d/%d 页，共 %d 条 (page %d of %d, %d in all)", page.page() + 1, pages, page.total(),
                page.page() + 1, pages, page.total());
    }
}
