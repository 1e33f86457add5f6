package org.esip.notification.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.esip.notification.email.internal.SmtpConfig.Security;

/**
 * A checked {@link SmtpConfig}. {@link #toString()} never shows the password.
 *
 * @param from the sender, with its display name
 */
record SmtpSettings(String host, int port, Security security, String username, String password, InternetAddress from,
        int connectTimeoutMs, int readTimeoutMs) {

    /**
     * Checks a configuration.
     *
     * @throws IllegalArgumentException naming every problem, in one line
     */
    static SmtpSettings of(SmtpConfig config) {
        List<String> problems = new ArrayList<>();
        String host = read(problems, "host", config::host, "").strip();
        if (host.isEmpty()) {
            problems.add("host is missing");
        }
        int port = read(problems, "port", config::port, 25);
        if (port < 1 || port > 65535) {
            problems.add("port " + port + " is not between 1 and 65535");
        }
        Security security = read(problems, "security", config::security, Security.NONE);
        String username = read(problems, "username", config::username, "").strip();
        String password = read(problems, "password", config::password, "");
        if (!username.isEmpty() && password.isEmpty()) {
            problems.add("username is set but password is missing");
        }
        String fromName = read(problems, "fromName", config::fromName, "").strip();
        InternetAddress from = address(problems, read(problems, "from", config::from, "").strip(), fromName);
        int connectTimeout = read(problems, "connectTimeoutMs", config::connectTimeoutMs, 10000);
        int readTimeout = read(problems, "readTimeoutMs", config::readTimeoutMs, 30000);
        if (connectTimeout < 1) {
            problems.add("connectTimeoutMs must be at least 1");
        }
        if (readTimeout < 1) {
            problems.add("readTimeoutMs must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new SmtpSettings(host, port, security, username, password, from, connectTimeout, readTimeout);
    }

    /** Config Admin hands over text; DS converts it when read, and a bad value (e.g. port=abc) fails there. */
    private static <T> T read(List<String> problems, String name, Supplier<T> value, T fallback) {
        try {
            T v = value.get();
            return v == null ? fallback : v;
        } catch (RuntimeException e) {
            problems.add(name + " has an invalid value" + (name.equals("security") ? " (NONE, STARTTLS or SSL)" : ""));
            return fallback;
        }
    }

    private static InternetAddress address(List<String> problems, String address, String displayName) {
        if (address.isEmpty()) {
            problems.add("from is missing");
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            int at = parsed.getAddress().lastIndexOf('@');
            if (at < 1 || at == parsed.getAddress().length() - 1 || parsed.isGroup()) {
                throw new AddressException("not of the form name@domain");
            }
            return new InternetAddress(parsed.getAddress(), displayName.isEmpty() ? null : displayName,
                    StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            problems.add("from '" + address + "' is not an e-mail address (" + e.getMessage() + ")");
            return null;
        }
    }

    boolean authenticates() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + (authenticates() ? ", user " + username : "") + "), from "
                + from.getAddress();
    }
}
