package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.esip.core.api.UnauthenticatedException;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Identities, roles and access (clauses 4.4.2, 6.1 b) on the real distribution: nothing answers
 * without a token but health and public information; each role sees what it may and gets 403 for
 * the rest; passwords are slow salted hashes; the first start leaves no known password.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IdentityIT extends EsipTestSupport {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void nothingAnswersWithoutATokenButHealthAndPublicInformation_6_1_b() {
        awaitStatus("/health", 200);
        assertEquals(200, get("/health", null).statusCode());
        assertEquals(200, get("/service-lines", null).statusCode());
        for (String path : new String[] {"/enterprises", "/enterprises/1", "/tickets", "/accounts", "/audit", "/auth/me"}) {
            HttpResponse<String> r = get(path, null);
            assertEquals(path, 401, r.statusCode());
            assertTrue(path, r.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON));
            assertEquals("Bearer realm=\"esip\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("auth.required", Json.string(r.body(), "code"));
        }
        assertEquals(401, post("/enterprises", "{}", null).statusCode());
        HttpResponse<String> forged = get("/enterprises", "esip1.YWRtaW4KMQo5OTk5OTk5OTk5.c2lnbmF0dXJl");
        assertEquals(401, forged.statusCode());
        assertEquals("auth.token-invalid", Json.string(forged.body(), "code"));
        assertEquals(401, get("/enterprises", "not-a-token").statusCode());
    }

    @Test
    public void signInAnswersATokenAndRefusesWrongCredentialsAlike_4_4_2() {
        awaitStatus("/health", 200);
        HttpResponse<String> ok = post("/auth/token",
                "{\"username\":\"ADMIN\",\"password\":\"" + adminPassword() + "\"}", null);
        assertEquals(ok.body(), 200, ok.statusCode());
        String token = Json.string(ok.body(), "token");
        assertTrue(token.startsWith("esip1."));
        assertEquals("Bearer", Json.string(ok.body(), "tokenType"));
        assertContains(get("/auth/me", token).body(), "\"username\":\"admin\"");

        HttpResponse<String> wrong = post("/auth/token", "{\"username\":\"admin\",\"password\":\"nope-123456\"}", null);
        HttpResponse<String> unknown = post("/auth/token", "{\"username\":\"nobody\",\"password\":\"nope-123456\"}", null);
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(Json.string(wrong.body(), "detail"), Json.string(unknown.body(), "detail"));
        assertContains(wrong.body(), "用户名或密码错误");

        HttpResponse<String> missing = post("/auth/token", "{\"username\":\"admin\"}", null);
        assertEquals(400, missing.statusCode());
        assertContains(missing.body(), "\"field\":\"password\"");
    }

    @Test
    public void anEnterpriseUserSeesAndChangesOnlyItsOwnEnterprise_6_1_b() {
        awaitStatus("/health", 200);
        long own = enterprise("91330302MA2H0K0A1", "温州自有测试鞋业有限公司");
        long other = enterprise("91330302MA2H0K0B1", "温州他人测试鞋业有限公司");
        String user = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + own);

        assertEquals(200, get("/enterprises/" + own, user).statusCode());
        HttpResponse<String> list = get("/enterprises", user);
        assertEquals(1, Json.number(list.body(), "total"));
        assertContains(list.body(), "温州自有测试鞋业有限公司");
        assertFalse(list.body().contains("温州他人测试鞋业有限公司"));

        HttpResponse<String> foreign = get("/enterprises/" + other, user);
        assertEquals(403, foreign.statusCode());
        assertEquals("auth.forbidden", Json.string(foreign.body(), "code"));
        long otherVersion = Json.number(get("/enterprises/" + other).body(), "version");
        assertEquals(403, put("/enterprises/" + other, "{\"version\":" + otherVersion
                + ",\"name\":\"被篡改\",\"regionCode\":\"330302\"}", user).statusCode());
        assertContains(get("/enterprises/" + other).body(), "温州他人测试鞋业有限公司");
        assertEquals(403, post("/enterprises", "{}", user).statusCode());
        assertEquals(403, get("/tickets?enterpriseId=" + other, user).statusCode());
        assertEquals(403, get("/accounts", user).statusCode());
        assertEquals(403, get("/audit", user).statusCode());
        assertEquals(403, post("/accounts", "{}", user).statusCode());
    }

    @Test
    public void anAuditorReadsEverythingAndChangesNothing_4_4_2() {
        awaitStatus("/health", 200);
        long id = enterprise("91330303MA2H0K0C1", "温州审计测试阀门有限公司");
        String auditor = tokenOfNewAccount("AUDITOR", "");
        assertEquals(200, get("/enterprises", auditor).statusCode());
        assertEquals(200, get("/enterprises/" + id, auditor).statusCode());
        assertEquals(200, get("/accounts", auditor).statusCode());
        assertEquals(403, post("/enterprises", "{}", auditor).statusCode());
        long version = Json.number(get("/enterprises/" + id).body(), "version");
        assertEquals(403, put("/enterprises/" + id, "{\"version\":" + version
                + ",\"name\":\"审计员改名\",\"regionCode\":\"330303\"}", auditor).statusCode());
        assertEquals(403, post("/accounts", "{}", auditor).statusCode());

        HttpResponse<String> log = get("/audit?entityType=account", auditor);
        assertEquals(log.body(), 200, log.statusCode());
        assertContains(log.body(), "\"action\":\"create\"");
        assertContains(log.body(), "\"actor\":\"admin\"");
        assertFalse("no password in the audit log", log.body().contains("Pw-"));
        assertEquals(400, get("/audit?from=yesterday", auditor).statusCode());
    }

    @Test
    public void scopedAccountsMustNameTheirRecordAndPasswordsMustBeStrong_6_1_b() {
        awaitStatus("/health", 200);
        HttpResponse<String> unbound = post("/accounts",
                "{\"username\":\"qiye-1\",\"password\":\"Abcdefgh123\",\"roles\":[\"ENTERPRISE\"]}");
        assertEquals(400, unbound.statusCode());
        assertContains(unbound.body(), "\"field\":\"enterpriseId\"");
        HttpResponse<String> weak = post("/accounts",
                "{\"username\":\"Bad Name\",\"password\":\"short\",\"roles\":[\"STAFF\",\"ENTERPRISE\"]}");
        assertEquals(400, weak.statusCode());
        assertContains(weak.body(), "\"field\":\"username\"");
        assertContains(weak.body(), "\"field\":\"password\"");
        assertContains(weak.body(), "\"field\":\"roles\"");
        HttpResponse<String> badRole = post("/accounts",
                "{\"username\":\"x-1\",\"password\":\"Abcdefgh123\",\"roles\":[\"KING\"]}");
        assertEquals(400, badRole.statusCode());
        assertEquals(201, post("/accounts", "{\"username\":\"staff-dup\",\"password\":\"Abcdefgh123\",\"roles\":[\"STAFF\"]}")
                .statusCode());
        HttpResponse<String> duplicate = post("/accounts",
                "{\"username\":\"staff-dup\",\"password\":\"Abcdefgh123\",\"roles\":[\"STAFF\"]}");
        assertEquals(409, duplicate.statusCode());
        assertContains(duplicate.body(), "\"field\":\"username\"");
    }

    @Test
    public void aDisabledAccountOrAChangedPasswordEndsItsTokens_6_1_b() throws Exception {
        awaitStatus("/health", 200);
        HttpResponse<String> created = post("/accounts",
                "{\"username\":\"staff-zhang\",\"displayName\":\"张三\",\"password\":\"Zhang-2026-pw\",\"roles\":[\"STAFF\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        String first = token("staff-zhang", "Zhang-2026-pw");
        assertEquals(200, get("/enterprises", first).statusCode());

        Thread.sleep(1100); // tokens carry whole seconds
        HttpResponse<String> changed = post("/auth/password",
                "{\"currentPassword\":\"Zhang-2026-pw\",\"newPassword\":\"Zhang-2027-pw\"}", first);
        assertEquals(changed.body(), 204, changed.statusCode());
        assertEquals(401, get("/enterprises", first).statusCode());
        String second = token("staff-zhang", "Zhang-2027-pw");
        assertEquals(200, get("/enterprises", second).statusCode());

        assertEquals(200, post("/accounts/" + id + "/disable", "{}").statusCode());
        assertEquals(401, get("/enterprises", second).statusCode());
        assertEquals(401, post("/auth/token", "{\"username\":\"staff-zhang\",\"password\":\"Zhang-2027-pw\"}", null)
                .statusCode());
        assertEquals(200, post("/accounts/" + id + "/enable", "{}").statusCode());
        assertEquals(200, get("/enterprises", token("staff-zhang", "Zhang-2027-pw")).statusCode());
    }

    /**
     * Repeated wrong passwords slow down the client that sends them, not the account (clause 6.1 b): the guessing
     * client is refused for that account, an unknown username gets the very same answers, and the account's owner
     * from anywhere else (here: another address, and the console) still signs in.
     */
    @Test
    public void repeatedWrongPasswordsThrottleTheClientNotTheAccount_6_1_b() throws Exception {
        awaitStatus("/health", 200);
        assertEquals(201, post("/accounts", "{\"username\":\"staff-lock\",\"password\":\"Lock-2026-pw\",\"roles\":[\"STAFF\"]}")
                .statusCode());
        List<String> existing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> a = post("/auth/token", "{\"username\":\"staff-lock\",\"password\":\"wrong-" + i + "-pw\"}", null);
            HttpResponse<String> b = post("/auth/token", "{\"username\":\"staff-nobody\",\"password\":\"wrong-" + i + "-pw\"}", null);
            assertEquals(401, a.statusCode());
            assertEquals(401, b.statusCode());
            existing.add(Json.string(a.body(), "code"));
            missing.add(Json.string(b.body(), "code"));
        }
        // Whether the username exists is not to be read from the answers.
        assertEquals(missing, existing);
        assertEquals("auth.throttled", existing.get(5));
        HttpResponse<String> refused = post("/auth/token", "{\"username\":\"staff-lock\",\"password\":\"Lock-2026-pw\"}",
                null);
        assertEquals(401, refused.statusCode());
        assertEquals("auth.throttled", Json.string(refused.body(), "code"));
        // Another client, and the same client for another account, are not refused.
        assertEquals("staff-lock", accounts.authenticate("staff-lock", "Lock-2026-pw", "192.0.2.7").username());
        assertEquals(201, post("/accounts", "{\"username\":\"staff-lock-other\",\"password\":\"Lock-2026-other\","
                + "\"roles\":[\"STAFF\"]}").statusCode());
        assertEquals(200, post("/auth/token", "{\"username\":\"staff-lock-other\",\"password\":\"Lock-2026-other\"}",
                null).statusCode());
    }

    /**
     * Someone elsewhere on the network guessing the administrator's password is refused, and the administrator
     * still signs in over REST (here, from 127.0.0.1) and at the console.
     */
    @Test
    public void nobodyOnTheNetworkLocksOutTheAdministrator_6_1_b() throws Exception {
        awaitStatus("/health", 200);
        String attacker = "203.0.113.9";
        String last = null;
        for (int i = 0; i < 7; i++) {
            try {
                accounts.authenticate("admin", "guess-" + i + "-pw", attacker);
                fail("a wrong password was accepted");
            } catch (UnauthenticatedException e) {
                last = e.code();
            }
        }
        assertEquals("auth.throttled", last);
        try {
            accounts.authenticate("admin", adminPassword(), attacker);
            fail("the guessing client was not refused");
        } catch (UnauthenticatedException e) {
            assertEquals("auth.throttled", e.code());
        }
        HttpResponse<String> ok = post("/auth/token", "{\"username\":\"admin\",\"password\":\"" + adminPassword() + "\"}",
                null);
        assertEquals(ok.body(), 200, ok.statusCode());
        assertContains(binClient("admin", adminPassword(), "esip:status", true), "状态 Status");
    }

    @Test
    public void passwordsAreSlowSaltedHashesAndTheKeyIsOutsideTheDatabase_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        assertEquals(201, post("/accounts", "{\"username\":\"staff-hash-a\",\"password\":\"Same-Pass-2026\",\"roles\":[\"STAFF\"]}")
                .statusCode());
        assertEquals(201, post("/accounts", "{\"username\":\"staff-hash-b\",\"password\":\"Same-Pass-2026\",\"roles\":[\"STAFF\"]}")
                .statusCode());
        String a;
        String b;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT USERNAME, PASSWORD_HASH FROM ACCOUNT WHERE USERNAME LIKE 'staff-hash-%' ORDER BY USERNAME")) {
            assertTrue(rs.next());
            a = rs.getString(2);
            assertTrue(rs.next());
            b = rs.getString(2);
        }
        assertTrue(a, a.startsWith("pbkdf2-sha256$310000$"));
        assertFalse(a.contains("Same-Pass-2026"));
        assertFalse("salted: the same password hashes differently", a.equals(b));

        Path key = Path.of(System.getProperty("karaf.etc"), "esip-data.key");
        assertTrue(Files.exists(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        // No password anywhere in clear: Karaf's users file holds no account at all (the console signs in
        // with the platform's accounts), so neither karaf/karaf nor the administrator is there.
        Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
        String usersText = Files.readString(users, StandardCharsets.ISO_8859_1);
        assertFalse(usersText, usersText.lines().map(String::strip)
                .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("_g_")));
    }

    @Test
    public void operatorsManageAccountsFromTheConsoleAndOnlyAdministratorsMay_6_1_b() throws Exception {
        awaitStatus("/health", 200);
        String added = console("esip:account-add --name 李四 console-staff STAFF");
        assertContains(added, "Created account console-staff");
        String password = added.substring(added.lastIndexOf(':') + 1).strip();
        assertEquals(200, get("/enterprises", token("console-staff", password)).statusCode());
        assertContains(console("esip:account-list -q console"), "console-staff");
        assertContains(console("esip:audit-log -t account"), "console:itest-operator");

        // The console signs in with platform accounts: an administrator gets in, staff and wrong passwords do not.
        assertContains(binClient("admin", adminPassword(), "esip:account-list -q console", true), "console-staff");
        String staffLogin = binClient("console-staff", password, "esip:status", false);
        assertContains(staffLogin, "exit ");
        assertFalse(staffLogin, staffLogin.contains("企业服务综合平台"));
        assertContains(binClient("nobody-here", "wrong-password-1", "esip:status", false), "exit ");

        String refused = consoleAs("viewer", "esip:account-list");
        // The console ACL hides esip:* from a console user without the admin role.
        assertContains(refused, "Command not found: esip:account-list");
        assertFalse(refused, refused.contains("console-staff"));
    }

    /** Runs a console command as a console user who has only {@code role}; returns output and error. */
    private String consoleAs(String role, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Subject user = new Subject();
            user.getPrincipals().add(new UserPrincipal("itest-" + role));
            user.getPrincipals().add(new RolePrincipal(role));
            Subject.doAs(user, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (Exception e) {
            print.println(e);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private long enterprise(String first17, String name) {
        String code = first17 + PlatformIT.checkCharacter(first17);
        HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + code + "\",\"name\":\"" + name
                + "\",\"regionCode\":\"330302\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }
}
