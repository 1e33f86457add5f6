package org.esip.notification.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A channel an enterprise turned off. */
@Entity
@Table(name = "NOTIFICATION_OPT_OUT")
@IdClass(OptOutEntity.Key.class)
public class OptOutEntity {
    @Id
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;

    @Id
    @Column(name = "CHANNEL", length = 20)
    String channel;

    public OptOutEntity() {
    }

    OptOutEntity(long enterpriseId, String channel) {
        this.enterpriseId = enterpriseId;
        this.channel = channel;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long enterpriseId;
        public String channel;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enterpriseId == enterpriseId && Objects.equals(k.channel, channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enterpriseId, channel);
        }
    }
}
