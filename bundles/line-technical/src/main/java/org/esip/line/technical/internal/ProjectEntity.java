package org.esip.line.technical.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.technical.api.Cooperation;
import org.esip.line.technical.api.Maturity;
import org.esip.line.technical.api.PosterKind;
import org.esip.line.technical.api.ProjectKind;

/** A project of the library; tags are kept as one text joined by {@code |}. */
@Entity
@Table(name = "TECHNICAL_PROJECT")
public class ProjectEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "TITLE", nullable = false)
    String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "PROJECT_KIND", nullable = false)
    ProjectKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "POSTER_KIND", nullable = false)
    PosterKind posterKind;
    @Column(name = "POSTER_ID")
    Long posterId;
    @Column(name = "POSTER_NAME", nullable = false)
    String posterName;
    @Column(name = "INDUSTRY_CODE", nullable = false)
    String industryCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "MATURITY", nullable = false)
    Maturity maturity;
    @Enumerated(EnumType.STRING)
    @Column(name = "COOPERATION", nullable = false)
    Cooperation cooperation;
    @Column(name = "TAGS")
    String tags;
    @Column(name = "SUMMARY", nullable = false)
    String summary;
    @Column(name = "OPEN_FOR_TALKS", nullable = false)
    boolean open = true;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
