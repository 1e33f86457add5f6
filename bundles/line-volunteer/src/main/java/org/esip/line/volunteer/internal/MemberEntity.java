package org.esip.line.volunteer.internal;

import java.io.Serializable;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A volunteer's membership of a team (VOLUNTEER_TEAM_MEMBER). */
@Entity
@Table(name = "VOLUNTEER_TEAM_MEMBER")
@IdClass(MemberEntity.Key.class)
public class MemberEntity {
    @Id
    @Column(name = "TEAM_ID")
    long teamId;
    @Id
    @Column(name = "VOLUNTEER_ID")
    long volunteerId;
    @Column(name = "JOINED_AT", nullable = false)
    LocalDateTime joinedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long teamId;
        public long volunteerId;

        public Key() {
        }

        Key(long teamId, long volunteerId) {
            this.teamId = teamId;
            this.volunteerId = volunteerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.teamId == teamId && k.volunteerId == volunteerId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(teamId) * 31 + Long.hashCode(volunteerId);
        }
    }
}
