package org.esip.line.api;

import org.esip.ticketing.api.TicketKind;

/**
 * A category of tickets a line owns, e.g. {@code policy.application} (政策申报). A ticket submitted with
 * this category is checked against the installed lines' categories, and its resolution deadline is
 * {@link #resolutionDays()} unless {@code etc/org.esip.ticketing.cfg} overrides it ({@code categoryDays}).
 * Tickets keep their category when the line is uninstalled: they stay readable and move through the
 * closed loop with the deadline of their kind.
 *
 * @param code           {@code <line id>.<name>}: the line's id, a dot, then lower-case letters, digits
 *                       and '-'; at most 60 characters
 * @param nameZh         name in Chinese
 * @param nameEn         name in English
 * @param kind           the kind its tickets are (a submission that names the category but no kind gets it)
 * @param resolutionDays the default resolution deadline in working days, from acceptance (at least 1)
 * @param acceptanceDays the acceptance deadline in working days from submission, or {@code null} for the
 *                       platform's {@code acceptanceDays}
 */
public record TicketCategory(String code, String nameZh, String nameEn, TicketKind kind, int resolutionDays,
        Integer acceptanceDays) {

    /** A category with the platform's acceptance deadline. */
    public TicketCategory(String code, String nameZh, String nameEn, TicketKind kind, int resolutionDays) {
        this(code, nameZh, nameEn, kind, resolutionDays, null);
    }

    /** The id of the line that owns this category: what comes before the first dot. */
    public String lineId() {
        int dot = code == null ? -1 : code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
