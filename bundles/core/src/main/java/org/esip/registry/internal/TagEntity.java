package org.esip.registry.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;

@Entity
@Table(name = "TAG_DEFINITION")
public class TagEntity {
    @Id
    @Column(name = "CODE", length = 64)
    private String code;

    @Column(name = "NAME_ZH", length = 100, nullable = false)
    private String nameZh;

    @Column(name = "NAME_EN", length = 100, nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20, nullable = false)
    private TagCategory category;

    @Column(name = "RETIRED", nullable = false)
    private boolean retired;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected TagEntity() {
    }

    TagEntity(String code) {
        this.code = code;
    }

    long version() {
        return version;
    }

    void describe(String nameZh, String nameEn, TagCategory category, boolean retired) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.category = category;
        this.retired = retired;
    }

    TagDefinition toDto() {
        return new TagDefinition(code, nameZh, nameEn, category, retired, version);
    }
}
