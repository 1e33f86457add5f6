-- Publishing a policy pushes in the background (issue 16): one run per policy records how far its pushes got, so
-- that staff see the progress and a run left by a node that stopped is resumed by another (or by the same one
-- after its restart). The run is claimed for a while (CLAIMED_BY, CLAIMED_UNTIL) so that two nodes never push the
-- same policy at once; POLICY_PUSH's primary key (POLICY_ID, ENTERPRISE_ID) already makes a push happen once.
CREATE TABLE POLICY_PUSH_RUN (
    POLICY_ID     BIGINT      NOT NULL,
    TO_PUSH       INTEGER     NOT NULL,
    PUSHED        INTEGER     NOT NULL,
    STARTED_AT    TIMESTAMP   NOT NULL,
    FINISHED_AT   TIMESTAMP,
    CLAIMED_BY    VARCHAR(64),
    CLAIMED_UNTIL TIMESTAMP,
    CONSTRAINT PK_POLICY_PUSH_RUN PRIMARY KEY (POLICY_ID),
    CONSTRAINT FK_POLICY_PUSH_RUN_POLICY FOREIGN KEY (POLICY_ID) REFERENCES POLICY (ID)
);
CREATE INDEX IX_POLICY_PUSH_RUN_OPEN ON POLICY_PUSH_RUN (FINISHED_AT);
