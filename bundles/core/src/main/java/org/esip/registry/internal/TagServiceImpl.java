package org.esip.registry.internal;

import java.util.List;

import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.core.internal.seam.TagRules;
import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.TagService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TagService.class)
public class TagServiceImpl implements TagService {
    static final String ENTITY = "tag";
    private final Jpa jpa;
    private final AuditRecord audit;

    @Activate
    public TagServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<TagDefinition> list(TagCategory category, boolean includeRetired) {
        String where = category == null ? "" : " WHERE t.category = :category";
        return jpa.read(em -> {
            var q = em.createQuery("SELECT t FROM TagEntity t" + where + " ORDER BY t.category, t.code", TagEntity.class);
            if (category != null) {
                q.setParameter("category", category);
            }
            return q.getResultList().stream().map(TagEntity::toDto)
                    .filter(t -> includeRetired || !Boolean.TRUE.equals(t.retired())).toList();
        });
    }

    private static TagDefinition check(TagDefinition tag, boolean needsVersion) {
        Violations v = new Violations();
        if (tag == null) {
            v.add("body", "field.required").throwIfAny();
        }
        String code = needsVersion ? tag.code() : v.requireText("code", tag.code(), TagRules.TAG_MAX);
        String zh = v.requireText("nameZh", tag.nameZh(), 100);
        String en = v.requireText("nameEn", tag.nameEn(), 100);
        v.requirePresent("category", tag.category());
        if (needsVersion) {
            v.requirePresent("version", tag.version());
        }
        v.throwIfAny();
        return new TagDefinition(code, zh, en, tag.category(), tag.retired(), tag.version());
    }

    @Override
    public TagDefinition define(Actor actor, TagDefinition tag) {
        TagDefinition t = check(tag, false);
        try {
            return jpa.inTransaction(em -> {
                if (em.find(TagEntity.class, t.code()) != null) {
                    throw exists(t.code());
                }
                TagEntity e = new TagEntity(t.code());
                e.describe(t.nameZh(), t.nameEn(), t.category(), false);
                em.persist(e);
                em.flush();
                audit.record(em, actor, "create", ENTITY, t.code(), new Changes().field("nameZh", null, t.nameZh())
                        .field("nameEn", null, t.nameEn()).field("category", null, t.category()));
                return e.toDto();
            });
        } catch (PersistenceException e) {
            if (Jpa.isUniqueViolation(e)) {
                throw exists(t.code());
            }
            throw e;
        }
    }

    @Override
    public TagDefinition update(Actor actor, String code, TagDefinition tag) {
        TagDefinition t = check(tag, true);
        return jpa.inTransaction(em -> {
            TagEntity e = em.find(TagEntity.class, code);
            if (e == null) {
                throw new NotFoundException("tag.not-found", Messages.zh("tag.not-found", code),
                        Messages.en("tag.not-found", code));
            }
            if (e.version() != t.version().longValue()) {
                throw new ConflictException("tag.stale", "version", Messages.zh("tag.stale", code),
                        Messages.en("tag.stale", code));
            }
            TagDefinition before = e.toDto();
            e.describe(t.nameZh(), t.nameEn(), t.category(), Boolean.TRUE.equals(t.retired()));
            em.flush();
            TagDefinition after = e.toDto();
            audit.record(em, actor, "update", ENTITY, code, new Changes().field("nameZh", before.nameZh(), after.nameZh())
                    .field("nameEn", before.nameEn(), after.nameEn())
                    .field("category", before.category(), after.category())
                    .field("retired", before.retired(), after.retired()));
            return after;
        });
    }

    private static ConflictException exists(String code) {
        return new ConflictException("tag.duplicate", "code", Messages.zh("tag.duplicate", code),
                Messages.en("tag.duplicate", code));
    }
}
