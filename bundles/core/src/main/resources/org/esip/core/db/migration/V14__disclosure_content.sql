-- What the platform discloses to the public (clause 4.2.6): introduction, service rules, fees, contacts,
-- complaint and supervision channels (SECTION, one row per key) and news and notices (NOTICE). Staff edit
-- them in the workbench; the public site reads them. The first texts are a starting point to be replaced.

CREATE TABLE DISCLOSURE_CONTENT (
    CONTENT_KEY  VARCHAR(64)    NOT NULL,
    KIND         VARCHAR(10)    NOT NULL,
    TITLE_ZH     VARCHAR(200)   NOT NULL,
    TITLE_EN     VARCHAR(200)   NOT NULL,
    BODY_ZH      VARCHAR(20000) NOT NULL,
    BODY_EN      VARCHAR(20000) NOT NULL,
    PUBLISHED_ON DATE           NOT NULL,
    SORT_ORDER   INTEGER        NOT NULL,
    UPDATED_AT   TIMESTAMP      NOT NULL,
    UPDATED_BY   VARCHAR(100)   NOT NULL,
    VERSION      BIGINT         NOT NULL,
    CONSTRAINT PK_DISCLOSURE_CONTENT PRIMARY KEY (CONTENT_KEY)
);

CREATE INDEX IX_DISCLOSURE_KIND ON DISCLOSURE_CONTENT (KIND, PUBLISHED_ON);

INSERT INTO DISCLOSURE_CONTENT VALUES ('introduction', 'SECTION', '平台介绍', 'About the platform',
 '企业服务综合平台是政府主导、面向中小企业的公共服务平台，整合政策、培训、技术、咨询、志愿等服务资源，受理企业的需求、咨询、诉求和投诉，分派给服务机构、专家和有关部门办理，限时办结、全程留档、接受评价。',
 'The enterprise service platform is a public service for small and medium enterprises led by the government. It brings together policy, training, technical, consulting and volunteer services, takes enterprises'' demands, consultations, appeals and complaints, dispatches them to service organisations, experts and departments, keeps deadlines, archives every case and is evaluated by the enterprises it serves.',
 CURRENT_DATE, 10, CURRENT_TIMESTAMP, 'system:migration', 0);
INSERT INTO DISCLOSURE_CONTENT VALUES ('rules', 'SECTION', '服务规则', 'Service rules',
 '一、企业可通过网站、电话、窗口、信函等渠道提出需求，平台统一登记编号。
二、平台在规定的工作日内受理；材料不全的，一次性告知需补充的全部材料。
三、受理后由平台直接办理，或分派给入驻服务机构、专家或有关部门，办理情况全程可查。
四、办结后平台回访，企业可作出“非常满意、满意、基本满意、不满意、非常不满意”评价；不满意的，平台督促整改。
五、服务记录按规定归档保存，不少于两年。',
 '1. Enterprises raise demands on the website, by phone, at a window or by letter; the platform registers and numbers each one.
2. The platform accepts within the set working days; when material is missing it lists everything needed at once.
3. Once accepted, the platform serves it itself or dispatches it to an admitted service organisation, an expert or a department; its progress can be followed throughout.
4. After it is resolved the platform calls back; the enterprise rates the service from very satisfied to very dissatisfied, and a low rating is followed by a correction.
5. Service records are archived and kept for at least two years.',
 CURRENT_DATE, 20, CURRENT_TIMESTAMP, 'system:migration', 0);
INSERT INTO DISCLOSURE_CONTENT VALUES ('fees', 'SECTION', '收费标准', 'Fees',
 '平台公益性服务（政策咨询、诉求受理、政策匹配与体检报告等）一律免费。入驻服务机构提供的市场化服务按公示价格或双方约定收费，收费情况记入服务档案，企业可投诉。',
 'The platform''s public-interest services (policy consultation, taking appeals, policy matching and check-up reports, …) are free of charge. Market services of admitted organisations are charged at their published prices or as agreed; every fee is recorded in the service file and can be complained about.',
 CURRENT_DATE, 30, CURRENT_TIMESTAMP, 'system:migration', 0);
INSERT INTO DISCLOSURE_CONTENT VALUES ('supervision', 'SECTION', '投诉与监督', 'Complaints and supervision',
 '对平台工作人员、服务机构或办理结果不满意的，可在企业门户提交投诉，或拨打平台服务热线、到服务窗口反映。投诉由平台负责人督办，处理结果告知投诉企业。',
 'If you are not satisfied with the platform''s staff, a service organisation or a result, submit a complaint in the enterprise portal, call the platform''s hotline or come to a service window. Complaints are supervised by the platform''s heads and the enterprise is told the outcome.',
 CURRENT_DATE, 40, CURRENT_TIMESTAMP, 'system:migration', 0);
INSERT INTO DISCLOSURE_CONTENT VALUES ('contacts', 'SECTION', '联系我们', 'Contact us',
 '服务时间：工作日 9:00–17:00（法定节假日除外）。各服务窗口和乡镇（街道）企业服务中心的地址、电话见下方“服务网点”。',
 'Opening hours: working days 9:00–17:00 (except public holidays). The addresses and phone numbers of the service windows and township centres are listed under "Service points" below.',
 CURRENT_DATE, 50, CURRENT_TIMESTAMP, 'system:migration', 0);
INSERT INTO DISCLOSURE_CONTENT VALUES ('notice-welcome', 'NOTICE', '企业服务综合平台上线运行', 'The enterprise service platform is online',
 '企业可登录企业门户在线提交需求、查看办理进度、评价服务，并查看可享受的政策。',
 'Enterprises can now sign in to the portal to submit demands, follow their progress, rate the service and see the policies they qualify for.',
 CURRENT_DATE, 0, CURRENT_TIMESTAMP, 'system:migration', 0);
