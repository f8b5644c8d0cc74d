package clinic.ivr.config;

import java.net.URI;

/**
 * Twilio's REST API as the line reaches it: where (TWILIO_API_BASE, Twilio's own address unless a test
 * stands a stub in), for which account, and with which credentials: the account's auth token, or an API
 * key and its secret, which can be revoked on its own.
 *
 * @param base       such as https://api.twilio.com, without a trailing slash
 * @param accountSid the account (AC...), whose recordings the line fetches
 * @param user       the HTTP Basic user: the account SID, or the API key (SK...)
 * @param secret     the auth token, or the API key's secret; never logged
 */
public record TwilioApi(URI base, String accountSid, String user, String secret) {

    public static final String TWILIO = "https://api.twilio.com";

    /** Where a recording's audio is, by its RecordingSid (checked by the caller to be letters and digits). */
    public URI recording(String recordingSid) {
        return URI.create(base + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".mp3");
    }

    @Override
    public String toString() {
        return "TwilioApi[" + base + ", " + accountSid + ", " + user + "]";
    }
}
