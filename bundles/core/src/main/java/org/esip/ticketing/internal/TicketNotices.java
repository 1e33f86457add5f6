package org.esip.ticketing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.EntityManager;

import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.seam.AccountInbox;
import org.esip.core.internal.seam.NoticeAlong;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.ticketing.api.Ticket;

/**
 * Who is told of a ticket's steps, and how: the ticket's enterprise (in its inbox and through every channel it
 * can be reached by, clause 5.4.1.1), single accounts, and those who answer for a ticket (its owner and the
 * platform heads of the settings in force).
 */
final class TicketNotices {
    private final NotificationService notifications;
    private final AccountInbox inbox;
    private final NoticeAlong along;
    private final TicketDeadlines deadlines;

    TicketNotices(NotificationService notifications, AccountInbox inbox, NoticeAlong along, TicketDeadlines deadlines) {
        this.notifications = notifications;
        this.inbox = inbox;
        this.along = along;
        this.deadlines = deadlines;
    }

    /**
     * Tells the enterprise of the ticket {@code insert} writes, as {@link #tellEnterprise(Ticket, String, String)} does,
     * in that insert's round trip; {@code false} when it cannot, and the notice is to be sent after the insert.
     */
    boolean tellEnterpriseAlong(KeyedInsert insert, long enterpriseId, String title, String topic, String detail) {
        Texts texts = Texts.of(topic, title, detail, detail);
        return along.tellAlong(insert, enterpriseId, topic, texts.titleZh(), texts.titleEn(), texts.bodyZh(),
                texts.bodyEn());
    }

    /** Tells the ticket's enterprise, in its inbox and through every channel it can be reached by. */
    void tellEnterprise(Ticket t, String topic, String detail) {
        tellEnterprise(t, topic, detail, detail);
    }

    void tellEnterprise(Ticket t, String topic, String detailZh, String detailEn) {
        Texts texts = Texts.of(topic, t.title(), detailZh, detailEn);
        notifications.send(Recipient.enterprise(t.enterpriseId()), topic, texts.titleZh(), texts.titleEn(),
                texts.bodyZh(), texts.bodyEn(), t.id());
    }

    /** An enterprise's notice of a ticket step: the title names the ticket's title, the body adds the detail. */
    private record Texts(String titleZh, String titleEn, String bodyZh, String bodyEn) {
        static Texts of(String topic, String ticketTitle, String detailZh, String detailEn) {
            return new Texts(Messages.zh("notice." + topic + ".title", ticketTitle),
                    Messages.en("notice." + topic + ".title", ticketTitle),
                    Messages.zh("notice." + topic, ticketTitle, detailZh), Messages.en("notice." + topic, ticketTitle, detailEn));
        }
    }

    /** Tells one account notice {@code key} of ticket {@code ticketId} (the title names the ticket's number). */
    void tellAccount(String username, String key, long ticketId, Object... args) {
        tellAccount(username, key, ticketId, args, args);
    }

    /** The same, with the body's arguments in each language. */
    void tellAccount(String username, String key, long ticketId, Object[] argsZh, Object[] argsEn) {
        notifications.send(Recipient.account(username), key,
                Messages.zh("notice." + key + ".title", String.valueOf(ticketId)),
                Messages.en("notice." + key + ".title", String.valueOf(ticketId)),
                Messages.zh("notice." + key, argsZh), Messages.en("notice." + key, argsEn), ticketId);
    }

    /** The notice {@link #tellAccount(String, String, long, Object...)} sends, to be written in a batch. */
    AccountInbox.Notice accountNotice(String username, String key, long ticketId, Object... args) {
        return new AccountInbox.Notice(username, key, Messages.zh("notice." + key + ".title", String.valueOf(ticketId)),
                Messages.en("notice." + key + ".title", String.valueOf(ticketId)), Messages.zh("notice." + key, args),
                Messages.en("notice." + key, args), ticketId);
    }

    /** Writes {@code notices} to their accounts in the caller's transaction {@code em}, as one batch. */
    void tellAll(EntityManager em, List<AccountInbox.Notice> notices) {
        inbox.putAll(em, notices);
    }

    /** The platform heads, whether configured as a list or as one comma-separated value of a .cfg file. */
    List<String> platformHeads() {
        return Arrays.stream(deadlines.config().platformHeads()).flatMap(h -> Arrays.stream(h.split(",")))
                .map(String::strip).filter(h -> !h.isEmpty()).distinct().toList();
    }

    /** The ticket's owner and the platform heads: who answers for it. */
    List<String> accountable(TicketEntity t) {
        List<String> to = new ArrayList<>();
        if (t.owner != null) {
            to.add(t.owner);
        }
        for (String head : platformHeads()) {
            if (!to.contains(head)) {
                to.add(head);
            }
        }
        return to;
    }
}
