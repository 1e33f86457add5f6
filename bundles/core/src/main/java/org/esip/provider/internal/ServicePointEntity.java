package org.esip.provider.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;

@Entity
@Table(name = "SERVICE_POINT")
public class ServicePointEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CODE", length = 40, nullable = false)
    String code;

    @Column(name = "NAME", length = 100, nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    ServicePointKind kind;

    @Column(name = "REGION_CODE", length = 6, nullable = false)
    String regionCode;

    @Column(name = "TOWNSHIP", length = 50)
    String township;

    @Column(name = "ADDRESS", length = 200)
    String address;

    @Convert(converter = EncryptedString.class)
    @Column(name = "PHONE", length = 512)
    String phone;

    @Column(name = "ACTIVE", nullable = false)
    boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    ServicePoint toDto() {
        return new ServicePoint(id, code, name, kind, regionCode, township, address, phone, active, createdAt, version);
    }
}
