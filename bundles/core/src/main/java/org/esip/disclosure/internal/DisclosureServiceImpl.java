package org.esip.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.disclosure.api.DisclosureContent;
import org.esip.disclosure.api.DisclosureKind;
import org.esip.disclosure.api.DisclosureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The disclosed content in the core database (table DISCLOSURE_CONTENT, V14); every change is audited. */
@Component(service = DisclosureService.class)
public class DisclosureServiceImpl implements DisclosureService {
    static final String ENTITY = "disclosure";
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20000;

    private final Jpa jpa;
    private final AuditRecord audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DisclosureServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<DisclosureContent> list(DisclosureKind kind) {
        return jpa.read(em -> {
            var q = em.createQuery("SELECT d FROM DisclosureEntity d" + (kind == null ? "" : " WHERE d.kind = :kind")
                    + " ORDER BY d.kind, d.sortOrder, d.publishedOn DESC, d.key", DisclosureEntity.class);
            if (kind != null) {
                q.setParameter("kind", kind);
            }
            List<DisclosureContent> all = q.getResultList().stream().map(DisclosureEntity::toDto).toList();
            return kind == DisclosureKind.NOTICE ? all.stream()
                    .sorted((a, b) -> b.publishedOn().compareTo(a.publishedOn())).toList() : all;
        });
    }

    @Override
    public Optional<DisclosureContent> find(String key) {
        return jpa.read(em -> Optional.ofNullable(em.find(DisclosureEntity.class, key)).map(DisclosureEntity::toDto));
    }

    /** The content as it may be stored, or a 400 naming every bad field. */
    static DisclosureContent check(String key, DisclosureContent c, LocalDate today) {
        Violations v = new Violations();
        if (key == null || !key.matches(KEY_PATTERN)) {
            v.add("key", "disclosure.bad-key");
        }
        if (c == null) {
            v.add("body", "field.required").throwIfAny();
        }
        v.requirePresent("kind", c.kind());
        String titleZh = v.requireText("titleZh", c.titleZh(), TITLE_MAX);
        String titleEn = v.requireText("titleEn", c.titleEn(), TITLE_MAX);
        String bodyZh = v.requireText("bodyZh", c.bodyZh(), BODY_MAX);
        String bodyEn = v.requireText("bodyEn", c.bodyEn(), BODY_MAX);
        v.throwIfAny();
        return new DisclosureContent(key, c.kind(), titleZh, titleEn, bodyZh, bodyEn,
                c.publishedOn() == null ? today : c.publishedOn(), c.sortOrder() == null ? 0 : c.sortOrder(), null, null,
                c.version());
    }

    @Override
    public DisclosureContent put(Actor actor, String key, DisclosureContent content) {
        Instant now = clock.instant();
        DisclosureContent c = check(key, content, LocalDate.now(clock));
        return jpa.inTransaction(em -> {
            DisclosureEntity e = em.find(DisclosureEntity.class, key);
            DisclosureContent before = null;
            if (e == null) {
                if (c.version() != null) {
                    throw notFound(key);
                }
                e = new DisclosureEntity(key);
                e.write(c, now, actor.username());
                em.persist(e);
            } else {
                if (c.version() == null || e.version() != c.version()) {
                    throw new ConflictException("disclosure.stale", "version", Messages.zh("disclosure.stale", key),
                            Messages.en("disclosure.stale", key));
                }
                before = e.toDto();
                e.write(c, now, actor.username());
            }
            em.flush();
            DisclosureContent after = e.toDto();
            audit.record(em, actor, before == null ? "create" : "update", ENTITY, key, new Changes()
                    .field("titleZh", before == null ? null : before.titleZh(), after.titleZh())
                    .field("titleEn", before == null ? null : before.titleEn(), after.titleEn())
                    .field("bodyZh", before == null ? null : before.bodyZh(), after.bodyZh())
                    .field("bodyEn", before == null ? null : before.bodyEn(), after.bodyEn()));
            return after;
        });
    }

    @Override
    public void remove(Actor actor, String key) {
        jpa.inTransaction(em -> {
            DisclosureEntity e = em.find(DisclosureEntity.class, key);
            if (e == null) {
                throw notFound(key);
            }
            DisclosureContent before = e.toDto();
            em.remove(e);
            audit.record(em, actor, "delete", ENTITY, key, new Changes().field("titleZh", before.titleZh(), null));
            return null;
        });
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("disclosure.not-found", Messages.zh("disclosure.not-found", key),
                Messages.en("disclosure.not-found", key));
    }
}
