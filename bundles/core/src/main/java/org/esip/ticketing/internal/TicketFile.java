package org.esip.ticketing.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esip.registry.api.Enterprise;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The content of a closed ticket's archive file (clause 6.4.1), as a JSON document a person can read: for
 * a directly served item the application, the agreement (agreed scope and period), the result, the staff
 * who served, the fees and the evaluation; for an organisation-served item the appointment (dispatch),
 * the result and the evaluation; and for both the whole timeline and the attachments with their SHA-256.
 */
final class TicketFile {
    /** Raised when the layout changes, so that older files are still read correctly. */
    static final int FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TicketFile() {
    }

    static String json(Ticket t, Enterprise enterprise, List<TicketEvent> timeline, List<Attachment> attachments,
            Instant sealedAt) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("sealedAt", sealedAt.toString());
        boolean direct = t.assignment() == null || t.assignment().kind() == AssigneeKind.STAFF;
        file.put("servedDirectly", direct);

        Map<String, Object> application = new LinkedHashMap<>();
        application.put("ticketId", t.id());
        application.put("kind", t.kind().name());
        application.put("channel", t.channel().name());
        application.put("title", t.title());
        application.put("description", t.description());
        application.put("domain", t.domain());
        application.put("submittedAt", t.createdAt().toString());
        application.put("complaintAgainst", t.against() == null ? null
                : Map.of("kind", t.against().kind().name(), "id", t.against().id()));
        // The original application (预约申请) above, and every supplement after it, each dated.
        application.put("supplements", t.supplements().stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("at", s.at().toString());
            one.put("by", s.by());
            one.put("text", s.text());
            return one;
        }).toList());
        application.put("appointmentAt", t.appointmentAt() == null ? null : t.appointmentAt().toString());
        application.put("servicePointId", t.servicePointId());
        file.put("application", application);

        Map<String, Object> ent = new LinkedHashMap<>();
        ent.put("id", enterprise.id());
        ent.put("name", enterprise.name());
        ent.put("creditCode", enterprise.creditCode());
        file.put("enterprise", ent);

        file.put("owner", t.owner());
        if (t.assignment() != null) {
            Map<String, Object> served = new LinkedHashMap<>();
            served.put("kind", t.assignment().kind().name());
            served.put("id", t.assignment().id());
            served.put("name", t.assignment().name());
            served.put("remark", t.assignment().remark());
            served.put("signedAt", t.signedAt() == null ? null : t.signedAt().toString());
            file.put("servedBy", served);
        } else {
            file.put("servedBy", null);
        }
        file.put("agreement", last(timeline, "start"));
        file.put("result", t.result());
        file.put("feeYuan", t.fee() == null ? null : t.fee().toPlainString());

        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("grade", t.grade() == null ? null : t.grade().name());
        evaluation.put("gradeZh", t.grade() == null ? null : TicketCompletion.gradeZh(t.grade()));
        evaluation.put("comment", t.evaluationComment());
        evaluation.put("correctionNeeded", t.correctionNeeded());
        evaluation.put("correction", last(timeline, "correct"));
        evaluation.put("correctedAt", t.correctedAt() == null ? null : t.correctedAt().toString());
        file.put("evaluation", evaluation);

        file.put("timeline", timeline.stream().map(e -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("at", e.at().toString());
            step.put("actor", e.actor());
            step.put("action", e.action());
            step.put("from", e.from() == null ? null : e.from().name());
            step.put("to", e.to().name());
            step.put("channel", e.channel() == null ? null : e.channel().name());
            step.put("remark", e.remark());
            return step;
        }).toList());
        file.put("attachments", attachments.stream().map(a -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", a.id());
            f.put("fileName", a.fileName());
            f.put("contentType", a.contentType());
            f.put("size", a.size());
            f.put("sha256", a.sha256());
            f.put("uploadedBy", a.uploadedBy());
            f.put("uploadedAt", a.uploadedAt().toString());
            return f;
        }).toList());
        try {
            return JSON.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an archive file of plain values is always JSON", e);
        }
    }

    private static String last(List<TicketEvent> timeline, String action) {
        String found = null;
        for (TicketEvent e : timeline) {
            if (action.equals(e.action())) {
                found = e.remark();
            }
        }
        return found;
    }
}
