package org.esip.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.BatchInsert;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.AccountInbox;
import org.esip.core.internal.seam.EnterpriseContact;
import org.esip.core.internal.seam.NoticeAlong;
import org.esip.notification.api.Delivery;
import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox is written in the caller's moment and always, in the caller's transaction when one is open (a
 * ticket's step and its notice commit together); every other channel (a whiteboard of
 * {@link NotificationChannel} services) gets a delivery record, claimed by this node as it is written. Once the
 * transaction commits, the node's sender thread tries it (the caller does not wait for an SMS gateway or a mail
 * server) and records the outcomes of what it sent in one transaction per batch; on failure it is tried again
 * with a growing pause, up to {@value #MAX_ATTEMPTS} times. A retry claims its record with a conditional update,
 * so several nodes never send one message twice.
 */
@Component(service = {NotificationService.class, AccountInbox.class, NoticeAlong.class})
public class NotificationServiceImpl implements NotificationService, AccountInbox, NoticeAlong {
    static final int MAX_ATTEMPTS = 5;
    /** The sender records its outcomes when this many are waiting, */
    static final int RECORD_AT_MOST = 200;
    /** or this long after the oldest of them was tried. */
    static final Duration RECORD_EVERY = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(NotificationServiceImpl.class);

    private final Jpa jpa;
    private final EnterpriseService enterprises;
    private final List<NotificationChannel> channels = new CopyOnWriteArrayList<>();
    /** Deliveries committed and claimed by this node, waiting for the sender; beyond its room the retry sweep has them. */
    private final BlockingQueue<Claimed> toSend = new LinkedBlockingQueue<>(10_000);
    private final Thread sender;

    /** A delivery this node claimed, with the notification it carries. */
    private record Claimed(DeliveryEntity delivery, Notification notification) {
    }

    /** What one attempt came to. */
    private record Outcome(long deliveryId, int attempt, String status, String error) {
    }

    @Activate
    public NotificationServiceImpl(@Reference Jpa jpa, @Reference EnterpriseService enterprises) {
        this.jpa = jpa;
        this.enterprises = enterprises;
        this.sender = new Thread(this::sendQueued, "esip-notification-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        // What is still queued stays claimed in the database: the retry sweep (of any node) sends it later.
        sender.interrupt();
        sender.join(10_000);
    }

    /**
     * The sender thread: takes what is queued, in batches, until the component goes. Each delivery is tried as soon
     * as it is taken; the outcomes are recorded together, once {@value #RECORD_AT_MOST} are waiting or
     * {@link #RECORD_EVERY} after the oldest of them, so that a steady stream of notices costs a few transactions a
     * second rather than one per notice. An outcome not recorded (the node stops hard) leaves its delivery claimed, and
     * the retry sweep sends it again: at least once, as before.
     */
    private void sendQueued() {
        List<Claimed> batch = new ArrayList<>();
        List<Outcome> unrecorded = new ArrayList<>();
        long oldest = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Claimed next;
                if (unrecorded.isEmpty()) {
                    next = toSend.take();
                    oldest = System.nanoTime();
                } else {
                    long left = RECORD_EVERY.toNanos() - (System.nanoTime() - oldest);
                    next = left > 0 ? toSend.poll(left, TimeUnit.NANOSECONDS) : null;
                }
                if (next != null) {
                    batch.add(next);
                    toSend.drainTo(batch, RECORD_AT_MOST - 1);
                    for (Claimed c : batch) {
                        unrecorded.add(tryChannel(c.delivery(), c.notification()));
                    }
                    batch.clear();
                }
                if (next == null || unrecorded.size() >= RECORD_AT_MOST) {
                    recordQuietly(unrecorded);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            recordQuietly(unrecorded); // the component goes: what was tried is still recorded
        }
    }

    private void recordQuietly(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            record(outcomes);
        } catch (RuntimeException e) {
            // the database is away: the deliveries stay claimed, and the retry sweep tries them again
            LOG.warn("Outcomes of {} notification deliveries not recorded: {}", outcomes.size(), e.toString());
        }
        outcomes.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel) {
        channels.add(channel);
    }

    void removeChannel(NotificationChannel channel) {
        channels.remove(channel);
    }

    @Override
    public Notification send(Recipient recipient, String topic, String titleZh, String titleEn, String bodyZh,
            String bodyEn, Long ticketId) {
        List<DeliveryEntity> queued = new ArrayList<>();
        Notification n = jpa.inCurrentTransaction(em -> {
            // the delivery addresses (only the contact columns) and the channels turned off, in one statement
            EnterpriseContact.Contact contact = null;
            Set<String> off = Set.of();
            if (recipient.enterpriseId() != null) {
                Optional<EnterpriseContact.Reach> reach = EnterpriseContact.reach(em, recipient.enterpriseId());
                if (reach.isEmpty()) {
                    enterprises.get(recipient.enterpriseId()); // no such enterprise: its 404
                } else {
                    contact = reach.get().contact();
                    off = reach.get().optedOut();
                }
            }
            NotificationEntity e = notice(recipient, topic, titleZh, titleEn, bodyZh, bodyEn, ticketId);
            List<DeliveryEntity> made = deliveries(contact, off);
            if (BatchInsert.onPostgreSQL(em)) {
                NoticeInsert.write(em, e, made); // one statement for the notice and its deliveries
            } else {
                em.persist(e);
                em.flush(); // its id, for its deliveries
                persist(em, e, made);
                em.flush();
            }
            queued.addAll(made);
            return e.toDto();
        });
        sendAfterCommit(queued, Map.of(n.id(), n));
        return n;
    }

    @Override
    public boolean tellAlong(KeyedInsert ticketInsert, long enterpriseId, String topic, String titleZh, String titleEn,
            String bodyZh, String bodyEn) {
        NotificationEntity e = notice(Recipient.enterprise(enterpriseId), topic, titleZh, titleEn, bodyZh, bodyEn, null);
        Map<String, String> reaching = new LinkedHashMap<>();
        channels.forEach(channel -> reaching.putIfAbsent(channel.id(), channel.addressKind()));
        // the same deliveries deliveries(…) makes, read and written by the database in the ticket's statement
        NoticeInsert.along(ticketInsert, e, EnterpriseContact.reachable(reaching, enterpriseId),
                delivery(null, null, Instant.now()), made -> {
                    Notification n = e.toDto();
                    sendAfterCommit(made, Map.of(n.id(), n));
                });
        return true;
    }

    @Override
    public Map<Long, Notification> sendToEach(Collection<Long> enterpriseIds, String topic, String titleZh,
            String titleEn, String bodyZh, String bodyEn) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(enterpriseIds));
        Map<Long, Notification> sent = new LinkedHashMap<>();
        List<DeliveryEntity> queued = new ArrayList<>();
        Map<Long, Notification> byId = new HashMap<>();
        jpa.inCurrentTransaction(em -> {
            // every address and every opt-out of the batch in one statement per slice, not two per enterprise
            Map<Long, EnterpriseContact.Contact> contacts = new HashMap<>();
            Map<Long, Set<String>> off = new HashMap<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
                contacts.putAll(EnterpriseContact.ofEach(em, slice));
                em.createQuery("SELECT o.enterpriseId, o.channel FROM OptOutEntity o WHERE o.enterpriseId IN :e",
                        Object[].class).setParameter("e", slice).getResultList()
                        .forEach(r -> off.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
            }
            List<Long> reached = ids.stream().filter(contacts::containsKey).toList(); // those that still exist
            if (BatchInsert.onPostgreSQL(em)) {
                // every notice in one statement, then every delivery in one (issue 16: ≥ 5,000 pushes a second)
                Map<Long, NotificationEntity> written = NoticeInsert.toEach(em,
                        notice(new Recipient(null, null), topic, titleZh, titleEn, bodyZh, bodyEn, null), reached);
                List<DeliveryEntity> made = new ArrayList<>();
                for (long id : reached) {
                    NotificationEntity e = written.get(id);
                    for (DeliveryEntity d : deliveries(contacts.get(id), off.getOrDefault(id, Set.of()))) {
                        d.notificationId = e.id;
                        made.add(d);
                    }
                    Notification n = e.toDto();
                    sent.put(id, n);
                    byId.put(n.id(), n);
                }
                NoticeInsert.deliveries(em, made);
                queued.addAll(made);
                return null;
            }
            Map<Long, NotificationEntity> written = new LinkedHashMap<>();
            for (long id : reached) {
                NotificationEntity e = notice(Recipient.enterprise(id), topic, titleZh, titleEn, bodyZh, bodyEn, null);
                em.persist(e);
                written.put(id, e);
            }
            em.flush();
            written.forEach((id, e) -> {
                queued.addAll(persist(em, e, deliveries(contacts.get(id), off.getOrDefault(id, Set.of()))));
                Notification n = e.toDto();
                sent.put(id, n);
                byId.put(n.id(), n);
            });
            em.flush();
            return null;
        });
        sendAfterCommit(queued, byId);
        return sent;
    }

    /** An account has no address on any channel: its notice is the inbox entry alone, written with the caller's. */
    @Override
    public void putAll(EntityManager em, List<AccountInbox.Notice> notices) {
        Instant now = Instant.now();
        BatchInsert.into(em, "NOTIFICATION", List.of("USERNAME", "TOPIC", "TITLE_ZH", "TITLE_EN", "BODY_ZH", "BODY_EN",
                "TICKET_ID", "CREATED_AT"), List.of("TICKET_ID"), notices.stream().map(n -> new Object[] {n.username(),
                        n.topic(), cut(n.titleZh(), 200), cut(n.titleEn(), 200), cut(n.bodyZh(), 4000),
                        cut(n.bodyEn(), 4000), n.ticketId(), now}).toList());
    }

    /** A notice, not yet stored. */
    private static NotificationEntity notice(Recipient recipient, String topic, String titleZh, String titleEn,
            String bodyZh, String bodyEn, Long ticketId) {
        NotificationEntity e = new NotificationEntity();
        e.enterpriseId = recipient.enterpriseId();
        e.username = recipient.username();
        e.topic = topic;
        e.titleZh = cut(titleZh, 200);
        e.titleEn = cut(titleEn, 200);
        e.bodyZh = cut(bodyZh, 4000);
        e.bodyEn = cut(bodyEn, 4000);
        e.ticketId = ticketId;
        e.createdAt = Instant.now();
        return e;
    }

    /**
     * A notice's deliveries, not yet stored, on every channel that reaches the recipient: claimed by this node as
     * they are written (their first attempt follows the commit); a retry sweep elsewhere takes one only if that
     * attempt never records an outcome.
     */
    private List<DeliveryEntity> deliveries(EnterpriseContact.Contact contact, Set<String> off) {
        List<DeliveryEntity> made = new ArrayList<>();
        Instant now = Instant.now();
        for (NotificationChannel channel : channels) {
            if (off.contains(channel.id())) {
                continue; // the enterprise chose not to be reached this way
            }
            String address = contact == null ? null : "phone".equals(channel.addressKind()) ? contact.phone()
                    : "email".equals(channel.addressKind()) ? contact.email() : null;
            if (address != null) {
                made.add(delivery(channel.id(), address, now));
            }
        }
        return made;
    }

    /** A new delivery, claimed by this node at {@code now}: its first attempt follows the commit. */
    private static DeliveryEntity delivery(String channel, String address, Instant now) {
        DeliveryEntity d = new DeliveryEntity();
        d.channel = channel;
        d.address = address;
        d.updatedAt = now;
        d.attempts = 1;
        d.nextAttemptAt = now.plus(backoff(0));
        return d;
    }

    /** Stores the deliveries {@code made} of notice {@code e} (flushed, so it has its id) through the mapping. */
    private static List<DeliveryEntity> persist(EntityManager em, NotificationEntity e, List<DeliveryEntity> made) {
        for (DeliveryEntity d : made) {
            d.notificationId = e.id;
            em.persist(d);
        }
        return made;
    }

    /** Hands {@code queued} to the sender once the transaction commits: never before, and never in the caller's time. */
    private void sendAfterCommit(List<DeliveryEntity> queued, Map<Long, Notification> notices) {
        if (queued.isEmpty()) {
            return;
        }
        jpa.afterCommit(() -> queued.forEach(d -> {
            if (!toSend.offer(new Claimed(d, notices.get(d.notificationId)))) {
                LOG.debug("Delivery {} left to the retry sweep: the sender is {} behind", d.id, toSend.size());
            }
        }));
    }

    private static String cut(String s, int max) {
        String t = s == null ? "" : s;
        return t.length() <= max ? t : t.substring(0, max);
    }

    /** Claims one pending delivery (conditional update), tries its channel, and records the outcome. */
    private boolean attempt(long deliveryId) {
        DeliveryEntity d = jpa.read(em -> em.find(DeliveryEntity.class, deliveryId));
        Instant now = Instant.now();
        if (d == null || !DeliveryEntity.PENDING.equals(d.status) || d.nextAttemptAt != null && d.nextAttemptAt.isAfter(now)) {
            return false; // sent, given up, or claimed by another node (a claim moves its next attempt on)
        }
        // the claim is a conditional update: of two nodes retrying at once, one sends. It must still be due: a
        // delivery another node claimed a moment ago is still PENDING until that node records its outcome.
        int claimed = jpa.inTransaction(em -> em.createQuery("UPDATE DeliveryEntity d SET d.attempts = d.attempts + 1,"
                + " d.nextAttemptAt = :later WHERE d.id = :id AND d.status = :pending AND d.attempts = :attempts"
                + " AND d.nextAttemptAt <= :now")
                .setParameter("later", now.plus(backoff(d.attempts))).setParameter("now", now)
                .setParameter("id", deliveryId).setParameter("pending", DeliveryEntity.PENDING)
                .setParameter("attempts", d.attempts).executeUpdate());
        if (claimed != 1) {
            return false; // another node took it
        }
        d.attempts++;
        return deliver(d, jpa.read(em -> em.find(NotificationEntity.class, d.notificationId).toDto()));
    }

    private static Duration backoff(int attemptsBefore) {
        return Duration.ofMinutes(5L << Math.min(attemptsBefore, 6));
    }

    /** Tries the claimed delivery {@code d} ({@code d.attempts} counting this one) and records the outcome. */
    private boolean deliver(DeliveryEntity d, Notification n) {
        Outcome outcome = tryChannel(d, n);
        record(List.of(outcome));
        return DeliveryEntity.SENT.equals(outcome.status());
    }

    /** Tries the claimed delivery {@code d} ({@code d.attempts} counting this one) through its channel. */
    private Outcome tryChannel(DeliveryEntity d, Notification n) {
        NotificationChannel channel = channels.stream().filter(c -> c.id().equals(d.channel)).findFirst().orElse(null);
        String error = null;
        if (channel == null) {
            error = "channel " + d.channel + " is not installed";
        } else {
            try {
                channel.deliver(n, d.address);
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        if (error != null) {
            LOG.warn("Notification {} through {} not delivered (attempt {}): {}", d.notificationId, d.channel,
                    d.attempts, error);
        }
        // sent, or the error kept (and failed for good after the last attempt)
        return new Outcome(d.id, d.attempts, error == null ? DeliveryEntity.SENT
                : d.attempts >= MAX_ATTEMPTS ? DeliveryEntity.FAILED : DeliveryEntity.PENDING,
                error == null ? null : cut(error, 500));
    }

    /** Records outcomes as claimed: one update each, all in one transaction. */
    private void record(List<Outcome> outcomes) {
        Instant now = Instant.now();
        // one statement per distinct outcome (nearly always a single SENT), not one per delivery; an outcome counts
        // only for the attempt it comes from: a later claim (a retry elsewhere, once the attempt was due again)
        // keeps its own, and a late failure never turns a sent delivery back to pending
        Map<List<Object>, List<Long>> byOutcome = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byOutcome.computeIfAbsent(Arrays.asList(o.status(), o.error(), o.attempt()), k -> new ArrayList<>())
                    .add(o.deliveryId());
        }
        jpa.inTransaction(em -> {
            byOutcome.forEach((outcome, ids) -> {
                for (int from = 0; from < ids.size(); from += 500) {
                    em.createQuery("UPDATE DeliveryEntity d SET d.status = :status, d.lastError = :error,"
                            + " d.updatedAt = :now WHERE d.id IN :ids AND d.attempts = :attempt")
                            .setParameter("status", outcome.get(0)).setParameter("error", outcome.get(1))
                            .setParameter("attempt", outcome.get(2)).setParameter("now", now)
                            .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).executeUpdate();
                }
            });
            return null;
        });
    }

    /**
     * The due deliveries (up to 500) are read with their notifications at once and claimed with one conditional
     * update per attempt count read; when another node claimed some of them first, the claim rolls back and each is
     * tried on its own, as before. Each claimed delivery then goes out and its outcome is recorded.
     */
    @Override
    public int retryPending() {
        List<Object[]> due = jpa.read(em -> em.createQuery("SELECT d, n FROM DeliveryEntity d, NotificationEntity n"
                + " WHERE n.id = d.notificationId AND d.status = :pending AND d.nextAttemptAt <= :now ORDER BY d.id",
                Object[].class).setParameter("pending", DeliveryEntity.PENDING).setParameter("now", Instant.now())
                .setMaxResults(500).getResultList());
        Map<Integer, List<Long>> byAttempts = new TreeMap<>();
        for (Object[] r : due) {
            DeliveryEntity d = (DeliveryEntity) r[0];
            byAttempts.computeIfAbsent(d.attempts, k -> new ArrayList<>()).add(d.id);
        }
        int sent = 0;
        try {
            jpa.inTransaction(em -> {
                for (Map.Entry<Integer, List<Long>> group : byAttempts.entrySet()) {
                    int claimed = em.createQuery("UPDATE DeliveryEntity d SET d.attempts = d.attempts + 1,"
                            + " d.nextAttemptAt = :later WHERE d.id IN :ids AND d.status = :pending"
                            + " AND d.attempts = :attempts")
                            .setParameter("later", Instant.now().plus(backoff(group.getKey())))
                            .setParameter("ids", group.getValue()).setParameter("pending", DeliveryEntity.PENDING)
                            .setParameter("attempts", group.getKey()).executeUpdate();
                    if (claimed != group.getValue().size()) {
                        throw new Raced(); // another node took some: undo, and claim one by one
                    }
                }
                return null;
            });
        } catch (Raced raced) {
            for (Object[] r : due) {
                if (attempt(((DeliveryEntity) r[0]).id)) {
                    sent++;
                }
            }
            return sent;
        }
        for (Object[] r : due) {
            DeliveryEntity d = (DeliveryEntity) r[0];
            d.attempts++;
            if (deliver(d, ((NotificationEntity) r[1]).toDto())) {
                sent++;
            }
        }
        return sent;
    }

    /** Another node claimed a delivery of the batch between its read and the claim. */
    private static final class Raced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Raced() {
            super(null, null, false, false);
        }
    }

    @Override
    public Page<Notification> inbox(Recipient recipient, boolean unreadOnly, PageRequest page) {
        return jpa.read(em -> {
            Search s = new Search().equal("e.enterpriseId", recipient.enterpriseId()).equal("e.username",
                    recipient.username());
            if (unreadOnly) {
                s.isNull("e.readAt");
            }
            return s.page(em, NotificationEntity.class, "e.createdAt DESC, e.id DESC", page, List.of(),
                    NotificationEntity::toDto);
        });
    }

    @Override
    public Notification markRead(Actor actor, long id) {
        return jpa.inTransaction(em -> {
            NotificationEntity e = em.find(NotificationEntity.class, id);
            if (e == null) {
                throw new NotFoundException("notification.not-found", Messages.zh("notification.not-found", id),
                        Messages.en("notification.not-found", id));
            }
            boolean mine = e.username != null && e.username.equals(actor.username())
                    || e.enterpriseId != null && actor.has(Role.ENTERPRISE) && e.enterpriseId.equals(actor.enterpriseId());
            if (!mine) {
                throw new ForbiddenException("notification.not-yours", Messages.zh("notification.not-yours"),
                        Messages.en("notification.not-yours"));
            }
            if (e.readAt == null) {
                e.readAt = Instant.now();
            }
            return e.toDto();
        });
    }

    @Override
    public List<Delivery> deliveries(long notificationId) {
        return jpa.read(em -> em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.notificationId = :id ORDER BY d.id",
                DeliveryEntity.class).setParameter("id", notificationId).getResultList().stream()
                .map(DeliveryEntity::toDto).toList());
    }

    @Override
    public List<Long> readOf(String topic) {
        return jpa.read(em -> em.createQuery("SELECT n.id FROM NotificationEntity n WHERE n.topic = :topic"
                + " AND n.readAt IS NOT NULL ORDER BY n.id", Long.class).setParameter("topic", topic).getResultList());
    }

    @Override
    public List<Notification> find(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        List<Notification> found = new ArrayList<>();
        // In slices: an IN list of thousands is slow on Derby and limited on some databases.
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(jpa.read(em -> em.createQuery("SELECT n FROM NotificationEntity n WHERE n.id IN :ids",
                    NotificationEntity.class).setParameter("ids", slice).getResultList().stream()
                    .map(NotificationEntity::toDto).toList()));
        }
        return found;
    }

    @Override
    public Map<String, Boolean> channelChoices(long enterpriseId) {
        enterprises.get(enterpriseId);
        Set<String> off = new HashSet<>(jpa.read(em -> em.createQuery("SELECT o.channel FROM"
                + " OptOutEntity o WHERE o.enterpriseId = :e", String.class).setParameter("e", enterpriseId).getResultList()));
        Map<String, Boolean> choices = new TreeMap<>();
        channels.forEach(c -> choices.put(c.id(), !off.contains(c.id())));
        return choices;
    }

    @Override
    public Map<String, Boolean> chooseChannels(Actor actor, long enterpriseId,
            Map<String, Boolean> choices) {
        enterprises.get(enterpriseId);
        Set<String> installed = new HashSet<>();
        channels.forEach(c -> installed.add(c.id()));
        Violations v = new Violations();
        if (choices == null || choices.isEmpty()) {
            v.add("channels", "field.required");
        } else {
            choices.forEach((channel, on) -> {
                if (!installed.contains(channel) || on == null) {
                    v.add("channels", "notification.channel-unknown", channel, String.join(", ", new TreeSet<>(installed)));
                }
            });
        }
        v.throwIfAny();
        jpa.inTransaction(em -> {
            choices.forEach((channel, on) -> {
                OptOutEntity.Key key = new OptOutEntity.Key();
                key.enterpriseId = enterpriseId;
                key.channel = channel;
                OptOutEntity existing = em.find(OptOutEntity.class, key);
                if (on && existing != null) {
                    em.remove(existing);
                } else if (!on && existing == null) {
                    em.persist(new OptOutEntity(enterpriseId, channel));
                }
            });
            return null;
        });
        return channelChoices(enterpriseId);
    }
}
