package clinic.ivr.line;

import clinic.ivr.desk.TextMessages;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Text messages through the Twilio SDK's Messages API. */
public final class TwilioTextMessages implements TextMessages {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioTextMessages.class);

    private final TwilioRestClient client;
    private final String from;

    /** @param from an E.164 number of the account, or a messaging service SID (MG...) */
    public TwilioTextMessages(String accountSid, String authToken, String from) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken).build();
        this.from = from;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Outcome send(String to, String body) {
        try {
            Message message = (from.startsWith("MG")
                    ? Message.creator(new PhoneNumber(to), from, body)
                    : Message.creator(new PhoneNumber(to), new PhoneNumber(from), body)).create(client);
            if (message.getErrorCode() != null) {
                LOG.warn("text to {} refused: error {} {}", clinic.ivr.desk.PhoneNumber.mask(to), message.getErrorCode(),
                        message.getErrorMessage());
                return Outcome.FAILED;
            }
            LOG.info("text {} to {} accepted ({})", message.getSid(), clinic.ivr.desk.PhoneNumber.mask(to), message.getStatus());
            return Outcome.SENT;
        } catch (ApiException e) {
            LOG.warn("text to {} failed: {} {}", clinic.ivr.desk.PhoneNumber.mask(to), e.getCode(), e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("text to {} failed: {}", clinic.ivr.desk.PhoneNumber.mask(to), e.toString());
            return Outcome.FAILED;
        }
    }
}
