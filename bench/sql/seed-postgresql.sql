-- Seeds an esip database on PostgreSQL with many enterprises and tickets, in one transaction, by set-based SQL
-- (generate_series), for the list, search and figure measurements of issue 16 (docs/benchmarks/intake.md).
--
--   psql -h 127.0.0.1 -U postgres -d esip -v enterprises=100000 -v tickets=1000000 -f bench/sql/seed-postgresql.sql
--
-- Run it on a database esip has already created (start esip once: the migrations make the schema), with esip
-- stopped or idle. Defaults: 100,000 enterprises, 1,000,000 tickets (about 2-4 minutes on 2 cores, 1 GB more on
-- disk). It only adds rows, each marked as seeded (credit codes 'BENCH…', titles '[bench] …'), so it can be run
-- again for more, and `-v purge=1` removes every seeded row (and seeds nothing).
--
-- What a seeded row is: an ACTIVE enterprise in one of Wenzhou's districts with no profile details beyond the
-- required ones (personal data columns, which esip encrypts, are left empty); a ticket of a random kind and
-- channel, created at a random moment of the last two years, in a status drawn as a running platform has them
-- (about 60 % CLOSED), with its 'submit' timeline event; every tenth ticket assigned to one of the existing
-- service organisations, if there are any. No audit entries, archives or notifications are made.
\set ON_ERROR_STOP on
\if :{?enterprises}
\else
  \set enterprises 100000
\endif
\if :{?tickets}
\else
  \set tickets 1000000
\endif
\if :{?purge}
\else
  \set purge 0
\endif

\timing on
BEGIN;

\if :purge
DELETE FROM TICKET_EVENT WHERE TICKET_ID IN (SELECT ID FROM TICKET WHERE TITLE LIKE '[bench] %');
DELETE FROM TICKET WHERE TITLE LIKE '[bench] %';
DELETE FROM ENTERPRISE WHERE CREDIT_CODE LIKE 'BENCH%';
\else
-- Enterprises: credit code 'BENCH' + 13 digits, unique across runs (continues after the highest seeded one).
CREATE TEMP TABLE bench_base ON COMMIT DROP AS
SELECT COALESCE(MAX(SUBSTRING(CREDIT_CODE FROM 6)::BIGINT), 0) AS n FROM ENTERPRISE WHERE CREDIT_CODE LIKE 'BENCH%';

INSERT INTO ENTERPRISE (CREDIT_CODE, NAME, REGION_CODE, INDUSTRY_CODE, CREATED_AT, VERSION, TOWNSHIP, EMPLOYEES,
                        SIZE_CLASS, STATUS)
SELECT 'BENCH' || LPAD((b.n + g)::TEXT, 13, '0'),
       (ARRAY['鹿城', '龙湾', '瓯海', '乐清', '瑞安', '永嘉', '平阳', '苍南'])[1 + g % 8] || '基准测试企业'
           || (ARRAY['机械', '电气', '鞋业', '服装', '汽配', '阀门', '印刷', '眼镜', '包装', '新材料'])[1 + (g / 8) % 10]
           || '有限公司' || (b.n + g),
       (ARRAY['330302', '330303', '330304', '330382', '330381', '330324', '330326', '330327'])[1 + g % 8],
       (ARRAY['C34', 'C38', 'C19', 'C18', 'C36', 'C35', 'C23', 'C40', 'C22', 'C29'])[1 + (g / 8) % 10],
       NOW() - (g % 3650) * INTERVAL '1 day', 1,
       (ARRAY['五马街道', '状元街道', '娄桥街道', '柳市镇', '塘下镇', '瓯北街道', '鳌江镇', '灵溪镇'])[1 + g % 8],
       5 + (g::BIGINT * 7919) % 400,
       (ARRAY['MICRO', 'SMALL', 'MEDIUM'])[1 + g % 3],
       'ACTIVE'
FROM generate_series(1, :enterprises) AS g, bench_base b;

-- The enterprises tickets are filed for: every enterprise (seeded or not), numbered densely.
CREATE TEMP TABLE bench_enterprise ON COMMIT DROP AS
SELECT ROW_NUMBER() OVER (ORDER BY ID) AS k, ID FROM ENTERPRISE;
CREATE INDEX ON bench_enterprise (k);
CREATE TEMP TABLE bench_organisation ON COMMIT DROP AS
SELECT ROW_NUMBER() OVER (ORDER BY ID) AS k, ID, NAME FROM ORGANISATION;

CREATE TEMP TABLE bench_ticket ON COMMIT DROP AS
SELECT g,
       1 + (g * 2654435761) % (SELECT COUNT(*) FROM bench_enterprise) AS ek,
       NOW() - ((g::BIGINT * 40503) % (730 * 86400)) * INTERVAL '1 second' AS created,
       CASE WHEN g % 100 < 60 THEN 'CLOSED' WHEN g % 100 < 68 THEN 'SUBMITTED' WHEN g % 100 < 74 THEN 'ACCEPTED'
            WHEN g % 100 < 80 THEN 'ASSIGNED' WHEN g % 100 < 86 THEN 'IN_PROGRESS' WHEN g % 100 < 90 THEN 'RESOLVED'
            WHEN g % 100 < 93 THEN 'FEEDBACK_SENT' WHEN g % 100 < 95 THEN 'EVALUATED' WHEN g % 100 < 97 THEN 'NEEDS_INFO'
            ELSE 'REJECTED' END AS status
FROM generate_series(1, :tickets) AS g;

INSERT INTO TICKET (ENTERPRISE_ID, KIND, CHANNEL, TITLE, DESCRIPTION, STATUS, CREATED_AT, VERSION, SUBMITTED_BY,
                    ACCEPT_DUE, ASSIGNEE_KIND, ASSIGNEE_ID, ASSIGNEE_NAME)
SELECT e.ID,
       (ARRAY['CONSULTATION', 'DEMAND', 'DEMAND', 'APPEAL'])[1 + t.g % 4],
       (ARRAY['ONLINE', 'ONLINE', 'PHONE', 'WINDOW', 'VISIT', 'EMAIL'])[1 + t.g % 6],
       '[bench] ' || (ARRAY['高新技术企业认定咨询', '融资对接需求', '用工招聘需求', '知识产权申请', '政策兑现诉求',
                           '技术改造项目申报', '出口退税办理咨询', '厂房租赁需求'])[1 + t.g % 8] || ' #' || t.g,
       '负载测试生成的工单，用于测量列表、搜索和统计在大数据量下的表现。Seeded ticket ' || t.g || '.',
       t.status, t.created, 1 + (t.g % 5), 'bench-seed',
       (t.created + INTERVAL '3 days')::DATE,
       CASE WHEN o.ID IS NOT NULL AND t.status NOT IN ('SUBMITTED', 'ACCEPTED', 'NEEDS_INFO', 'REJECTED')
            THEN 'ORGANISATION' END,
       CASE WHEN t.status NOT IN ('SUBMITTED', 'ACCEPTED', 'NEEDS_INFO', 'REJECTED') THEN o.ID END,
       CASE WHEN t.status NOT IN ('SUBMITTED', 'ACCEPTED', 'NEEDS_INFO', 'REJECTED') THEN o.NAME END
FROM bench_ticket t
JOIN bench_enterprise e ON e.k = t.ek
LEFT JOIN bench_organisation o ON t.g % 10 = 0 AND o.k = 1 + t.g % GREATEST((SELECT COUNT(*) FROM bench_organisation), 1);

-- The new tickets' statistics first: planned with those of a table that was empty (an earlier run seeded
-- enterprises alone, then ANALYZE), the anti-join below ran for more than a quarter of an hour at a million tickets.
ANALYZE TICKET;
ANALYZE TICKET_EVENT;
INSERT INTO TICKET_EVENT (TICKET_ID, OCCURRED_AT, ACTOR, ACTION_CODE, FROM_STATUS, TO_STATUS, CHANNEL)
SELECT t.ID, t.CREATED_AT, 'bench-seed', 'submit', NULL, 'SUBMITTED', t.CHANNEL
FROM TICKET t
WHERE t.SUBMITTED_BY = 'bench-seed' AND NOT EXISTS (SELECT 1 FROM TICKET_EVENT e WHERE e.TICKET_ID = t.ID);
\endif

COMMIT;
ANALYZE ENTERPRISE;
ANALYZE TICKET;
ANALYZE TICKET_EVENT;
SELECT (SELECT COUNT(*) FROM ENTERPRISE) AS enterprises, (SELECT COUNT(*) FROM TICKET) AS tickets,
       (SELECT COUNT(*) FROM TICKET_EVENT) AS ticket_events;
