package org.esip.line.policy.internal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One policy pushed (or held back) to one enterprise: at most once. */
@Entity
@Table(name = "POLICY_PUSH")
@IdClass(PushEntity.Key.class)
public class PushEntity {
    static final String SENT = "SENT";
    static final String HELD_BACK = "HELD_BACK";

    @Id
    @Column(name = "POLICY_ID")
    long policyId;

    @Id
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;

    @Column(name = "NOTIFICATION_ID")
    Long notificationId;

    /** UTC. */
    @Column(name = "PUSHED_AT", nullable = false)
    LocalDateTime pushedAt;

    @Column(name = "OUTCOME", nullable = false, length = 10)
    String outcome;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long policyId;
        public long enterpriseId;

        public Key() {
        }

        public Key(long policyId, long enterpriseId) {
            this.policyId = policyId;
            this.enterpriseId = enterpriseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.policyId == policyId && k.enterpriseId == enterpriseId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(policyId, enterpriseId);
        }
    }
}
