package org.esip.line.policy.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How far the background pushes of one policy got (its latest publication or change while published). */
@Entity
@Table(name = "POLICY_PUSH_RUN")
public class PushRunEntity {

    @Id
    @Column(name = "POLICY_ID")
    long policyId;

    /** Enterprises this run pushes to (sent or held back by the weekly cap), those done included. */
    @Column(name = "TO_PUSH", nullable = false)
    int toPush;

    /** Enterprises done so far (sent or held back). */
    @Column(name = "PUSHED", nullable = false)
    int pushed;

    /** UTC. */
    @Column(name = "STARTED_AT", nullable = false)
    LocalDateTime startedAt;

    /** UTC; {@code null} while the run is under way. */
    @Column(name = "FINISHED_AT")
    LocalDateTime finishedAt;

    /** The node pushing, {@code null} when none. */
    @Column(name = "CLAIMED_BY", length = 64)
    String claimedBy;

    /** UTC; past this another node may take the run over. */
    @Column(name = "CLAIMED_UNTIL")
    LocalDateTime claimedUntil;
}
