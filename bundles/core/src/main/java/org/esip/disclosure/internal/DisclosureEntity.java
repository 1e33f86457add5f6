package org.esip.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.disclosure.api.DisclosureContent;
import org.esip.disclosure.api.DisclosureKind;

@Entity
@Table(name = "DISCLOSURE_CONTENT")
public class DisclosureEntity {
    @Id
    @Column(name = "CONTENT_KEY", length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    private DisclosureKind kind;

    @Column(name = "TITLE_ZH", length = 200, nullable = false)
    private String titleZh;

    @Column(name = "TITLE_EN", length = 200, nullable = false)
    private String titleEn;

    @Column(name = "BODY_ZH", length = 20000, nullable = false)
    private String bodyZh;

    @Column(name = "BODY_EN", length = 20000, nullable = false)
    private String bodyEn;

    @Column(name = "PUBLISHED_ON", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DisclosureEntity() {
    }

    DisclosureEntity(String key) {
        this.key = key;
    }

    long version() {
        return version;
    }

    void write(DisclosureContent c, Instant at, String by) {
        kind = c.kind();
        titleZh = c.titleZh();
        titleEn = c.titleEn();
        bodyZh = c.bodyZh();
        bodyEn = c.bodyEn();
        publishedOn = c.publishedOn();
        sortOrder = c.sortOrder() == null ? 0 : c.sortOrder();
        updatedAt = at;
        updatedBy = by;
    }

    DisclosureContent toDto() {
        return new DisclosureContent(key, kind, titleZh, titleEn, bodyZh, bodyEn, publishedOn, sortOrder, updatedAt,
                updatedBy, version);
    }
}
