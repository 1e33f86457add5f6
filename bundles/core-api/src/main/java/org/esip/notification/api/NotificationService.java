package org.esip.notification.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Sends notifications (inbox always, other channels where the recipient has an address) and reads inboxes. */
@ProviderType
public interface NotificationService {

    /** Puts the message in the recipient's inbox and queues it on every channel that can reach the recipient. */
    Notification send(Recipient recipient, String topic, String titleZh, String titleEn, String bodyZh, String bodyEn,
            Long ticketId);

    /**
     * Sends the same message to each of many enterprises, in one transaction (a policy's pushes, a batch at a time):
     * as {@link #send} to each, with their addresses and channel choices read once for all. Enterprises that do not
     * exist are left out.
     *
     * @return each enterprise's notification, by enterprise id, in the order given
     */
    Map<Long, Notification> sendToEach(Collection<Long> enterpriseIds, String topic, String titleZh, String titleEn,
            String bodyZh, String bodyEn);

    /** The recipient's inbox, newest first. */
    Page<Notification> inbox(Recipient recipient, boolean unreadOnly, PageRequest page);

    /** Marks a notification read; only its recipient may. */
    Notification markRead(Actor actor, long id);

    List<Delivery> deliveries(long notificationId);

    /**
     * The channels besides the inbox (e.g. {@code sms}, {@code email}) an enterprise receives notifications on:
     * every installed channel, on or off as the enterprise chose (all on until it chooses).
     */
    Map<String, Boolean> channelChoices(long enterpriseId);

    /**
     * The enterprise turns channels on or off; channels it does not name keep their setting. The website inbox
     * is always on.
     *
     * @throws org.esip.core.api.ValidationException on field {@code channels} naming a channel not installed
     */
    Map<String, Boolean> chooseChannels(Actor actor, long enterpriseId,
            Map<String, Boolean> choices);

    /** The notifications with these ids (those that exist), e.g. to see which were read. */
    List<Notification> find(Collection<Long> ids);

    /**
     * The ids of the notifications of {@code topic} their recipients have read: for counting what was read among
     * many notices (a policy's pushes) without reading the notices themselves.
     *
     * @since 1.3
     */
    List<Long> readOf(String topic);

    /** Tries pending deliveries again; the scheduled retry calls this. */
    int retryPending();
}
