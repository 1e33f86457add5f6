-- What an enterprise chose not to receive besides the website inbox (clause 5.2.1.2: SMS and e-mail where the
-- enterprise chose): one row per channel turned off. Without rows, every channel that can reach it is used.

CREATE TABLE NOTIFICATION_OPT_OUT (
    ENTERPRISE_ID BIGINT      NOT NULL,
    CHANNEL       VARCHAR(20) NOT NULL,
    CONSTRAINT PK_NOTIFICATION_OPT_OUT PRIMARY KEY (ENTERPRISE_ID, CHANNEL)
);
