-- Seeds the policy line on PostgreSQL with many published policies (issue 16: matching and publishing at
-- 50 000 enterprises x 2 000 policies), after bench/sql/seed-postgresql.sql seeded the enterprises and with the
-- policy line installed once (its tables exist). Run with the platform stopped; the match index reads them at
-- its next build:
--   psql -h 127.0.0.1 -U postgres -d esip -v policies=2000 -f bench/sql/seed-policies-postgresql.sql
-- Each policy asks for a region (all of 温州 3303, or one district), and some for an industry, a size or a range
-- of employees, the conditions the seeded enterprises carry; none is pushed (no POLICY_PUSH rows).
\set ON_ERROR_STOP on
\if :{?policies}
\else
  \set policies 2000
\endif
BEGIN;
INSERT INTO POLICY (TITLE, DOCUMENT_NUMBER, ISSUER, POLICY_LEVEL, REGION_CODE, CATEGORY, PUBLISHED_ON, EFFECTIVE_FROM,
                    STATUS, SUMMARY, BENEFIT, HANDLING_MODE, CREATED_AT, VERSION, ELIGIBILITY_JSON)
SELECT '基准测试政策' || g, '基准〔2026〕' || g || '号', '温州市经济和信息化局', 'CITY', '3303',
       (ARRAY['FUNDING', 'TAX', 'TALENT', 'INNOVATION', 'DIGITAL_TRANSFORMATION'])[1 + g % 5],
       CURRENT_DATE - 30, CURRENT_DATE - 30, 'PUBLISHED', '基准测试用政策', '最高 10 万元', 'ONLINE_APPLICATION',
       NOW(), 1,
       '[{"effectiveFrom":null,"regionPrefixes":["'
           || (ARRAY['3303', '330302', '330303', '330304', '330382', '330381', '330324', '330326'])[1 + g % 8] || '"]'
           || CASE WHEN g % 3 = 0 THEN ',"industryPrefixes":["'
                   || (ARRAY['C34', 'C38', 'C19', 'C3'])[1 + (g / 3) % 4] || '"]' ELSE '' END
           || CASE WHEN g % 4 = 1 THEN ',"sizes":["SMALL","MICRO"]' ELSE '' END
           || CASE WHEN g % 5 = 2 THEN ',"employees":{"min":' || (10 + g % 200) || ',"max":null}' ELSE '' END
           || '}]'
FROM generate_series(1, :policies) AS g;
COMMIT;
SELECT COUNT(*) AS published_policies FROM POLICY WHERE STATUS = 'PUBLISHED';
