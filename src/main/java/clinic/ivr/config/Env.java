package clinic.ivr.config;

import clinic.ivr.desk.PhoneNumber;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime contract's environment variables, read once at start.
 * A bad value stops the line at start with a message naming the variable, never on a call.
 */
public record Env(
        int port,
        Path promptsDir,
        Optional<String> frontDeskNumber,
        Optional<String> authToken,
        Optional<String> publicBaseUrl,
        Optional<Instant> now,
        Path dataDir,
        Optional<String> databaseUrl,
        Optional<String> staffPassword,
        Optional<String> accountSid,
        Optional<String> smsFrom,
        boolean onHeroku,
        String twilioApiBase,
        Optional<String> apiKey,
        Optional<String> apiSecret,
        int retentionDays) {

    /** The shortest STAFF_PASSWORD the line accepts: it guards callers' messages, on the open internet. */
    public static final int MIN_STAFF_PASSWORD = 12;
    /** How long the record of a call (and the copy of a message called back) is kept by default: a season of figures. */
    public static final int RETENTION_DAYS = 90;

    public Env {
        if (apiKey.isPresent() != apiSecret.isPresent()) {
            throw new IllegalArgumentException("TWILIO_API_KEY and TWILIO_API_SECRET go together: set both, or neither"
                    + " (the auth token is used then)");
        }
    }

    public static Env from(Map<String, String> env) {
        return new Env(
                port(env.get("PORT")),
                Path.of(value(env, "PROMPTS_DIR").orElse("prompts")),
                value(env, "FRONT_DESK_NUMBER"),
                value(env, "TWILIO_AUTH_TOKEN"),
                value(env, "PUBLIC_BASE_URL").map(Env::withoutTrailingSlash),
                value(env, "IVR_NOW").map(Env::instant),
                Path.of(value(env, "DATA_DIR").orElse("data")),
                value(env, "DATABASE_URL").map(Env::databaseUrl),
                // a password is used exactly as set: leading or trailing spaces are part of it
                Optional.ofNullable(env.get("STAFF_PASSWORD")).filter(p -> !p.isEmpty()).map(Env::staffPassword),
                value(env, "TWILIO_ACCOUNT_SID").map(Env::accountSid),
                value(env, "TWILIO_SMS_FROM").map(Env::smsFrom),
                value(env, "DYNO").isPresent(),
                value(env, "TWILIO_API_BASE").map(Env::apiBase).orElse(TwilioApi.TWILIO),
                value(env, "TWILIO_API_KEY").map(Env::apiKey),
                value(env, "TWILIO_API_SECRET"),
                value(env, "RETENTION_DAYS").map(Env::days).orElse(RETENTION_DAYS));
    }

    /**
     * Twilio's REST API for the staff's player: the account with an API key and its secret when both are
     * set, else with the auth token; empty without an account or credentials.
     */
    public Optional<TwilioApi> twilioApi() {
        if (accountSid.isEmpty()) {
            return Optional.empty();
        }
        URI base = URI.create(twilioApiBase);
        if (apiKey.isPresent() && apiSecret.isPresent()) {
            return Optional.of(new TwilioApi(base, accountSid.get(), apiKey.get(), apiSecret.get()));
        }
        return authToken.map(token -> new TwilioApi(base, accountSid.get(), accountSid.get(), token));
    }

    /** Text messages can be sent: an account, its token and a number or messaging service to send from. */
    public boolean textsConfigured() {
        return accountSid.isPresent() && authToken.isPresent() && smsFrom.isPresent();
    }

    /**
     * On Heroku (which sets DYNO) without a database: the embedded database and the journal live on the
     * dyno's disk, which Heroku throws away at every restart and deploy, with every message on it.
     */
    public boolean messagesOnThrowawayDisk() {
        return onHeroku && databaseUrl.isEmpty();
    }

    /** Local trial mode: no token, so requests cannot be checked and the line stays on loopback. */
    public boolean trialMode() {
        return authToken.isEmpty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not \"" + value + "\"");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "IVR_NOW must be an ISO-8601 instant such as 2026-03-02T14:30:00Z, not \"" + value + "\"");
        }
    }

    private static String databaseUrl(String value) {
        if (!value.matches("(postgres|postgresql)://.+|jdbc:postgresql:.+")) {
            throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL URL such as"
                    + " postgres://user:password@host:5432/clinic or jdbc:postgresql://host:5432/clinic");
        }
        return value;
    }

    private static String staffPassword(String value) {
        if (value.codePointCount(0, value.length()) < MIN_STAFF_PASSWORD) {
            throw new IllegalArgumentException("STAFF_PASSWORD is too short: it must be at least " + MIN_STAFF_PASSWORD
                    + " characters, since it guards callers' messages. A few unrelated words make a good one.");
        }
        return value;
    }

    private static String accountSid(String value) {
        if (!value.matches("AC[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("TWILIO_ACCOUNT_SID must be the account's SID: AC and 32 hex digits");
        }
        return value;
    }

    /** An E.164 number of the account, or a messaging service SID (MG...). */
    private static String smsFrom(String value) {
        if (!PhoneNumber.of(value).isE164() && !value.matches("MG[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("TWILIO_SMS_FROM must be a number in E.164 form, such as"
                    + " +12125985913, or a messaging service SID (MG...), not \"" + value + "\"");
        }
        return value;
    }

    private static String apiBase(String value) {
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return withoutTrailingSlash(value);
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("TWILIO_API_BASE must be an https URL such as " + TwilioApi.TWILIO
                + ", not \"" + value + "\"");
    }

    private static String apiKey(String value) {
        if (!value.matches("SK[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("TWILIO_API_KEY must be an API key's SID: SK and 32 hex digits");
        }
        return value;
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 1 && days <= 3660) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("RETENTION_DAYS must be a number of days from 1 to 3660, not \""
                + value + "\"");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
