package org.esip.provider.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffPost;

@Entity
@Table(name = "STAFF")
public class StaffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME", length = 50, nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "POST", length = 20, nullable = false)
    StaffPost post;

    @Column(name = "FULL_TIME", nullable = false)
    boolean fullTime;

    @Convert(converter = EncryptedString.class)
    @Column(name = "PHONE", length = 512)
    String phone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "EMAIL", length = 512)
    String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_SERVICE_POINT", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @Column(name = "SERVICE_POINT_ID")
    Set<Long> servicePointIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_TRAINING", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @OrderColumn(name = "POSITION")
    List<TrainingRecordEmbeddable> training = new ArrayList<>();

    @Column(name = "ACTIVE", nullable = false)
    boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    StaffMember toDto() {
        return new StaffMember(id, name, post, fullTime, phone, email, servicePointIds,
                training.stream().map(TrainingRecordEmbeddable::toDto).toList(), active, createdAt, version);
    }
}
