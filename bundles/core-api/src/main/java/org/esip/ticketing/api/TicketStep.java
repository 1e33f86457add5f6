package org.esip.ticketing.api;

/**
 * One step a ticket may take (Appendix A), as the REST API names it ({@code POST /tickets/{id}/<path>}),
 * and which party takes it. Which steps a ticket allows now is {@link TicketService#allowedSteps}: the
 * server decides, a page only shows them.
 */
public enum TicketStep {
    ACCEPT("accept", Party.PLATFORM),
    REJECT("reject", Party.PLATFORM),
    REQUEST_INFO("request-info", Party.PLATFORM),
    SUPPLY_INFO("supply-info", Party.ENTERPRISE),
    MERGE("merge", Party.PLATFORM),
    ASSIGN("assign", Party.PLATFORM),
    SIGN("sign", Party.HANDLER),
    RETURN("return", Party.HANDLER),
    START("start", Party.HANDLER),
    REQUEST_TIME("time-requests", Party.HANDLER),
    DECIDE_TIME("time-decision", Party.PLATFORM),
    RESOLVE("resolve", Party.HANDLER),
    FEEDBACK("feedback", Party.PLATFORM),
    EVALUATE("evaluate", Party.ENTERPRISE),
    CORRECTION("correction", Party.HANDLER),
    CLOSE("close", Party.PLATFORM),
    REVISIT("revisits", Party.PLATFORM),
    DECLINE_REVISITS("decline-revisits", Party.ENTERPRISE),
    LINK("links", Party.PLATFORM),
    ATTACH("attachments", Party.PARTICIPANT);

    /** Who may take a step, besides the platform's staff and administrators, who may take every step. */
    public enum Party {
        /** Platform staff and administrators only. */
        PLATFORM,
        /** Also a user of the ticket's enterprise. */
        ENTERPRISE,
        /** Also the organisation or expert the ticket is dispatched to. */
        HANDLER,
        /** Also the ticket's enterprise and its dispatched organisation or expert. */
        PARTICIPANT
    }

    private final String path;
    private final Party party;

    TicketStep(String path, Party party) {
        this.path = path;
        this.party = party;
    }

    /** The last segment of the step's REST path. */
    public String path() {
        return path;
    }

    public Party party() {
        return party;
    }
}
