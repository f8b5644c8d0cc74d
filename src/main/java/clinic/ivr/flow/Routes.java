package clinic.ivr.flow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The webhook paths of the line; action URLs carry the call's state in their query. */
public final class Routes {

    /** Twilio's "A call comes in" webhook. */
    public static final String VOICE = "/voice";
    /** Every Gather's action and the Redirect after it: the caller's choice, or silence. */
    public static final String MENU = "/voice/menu";
    /** The Dial action: how ringing the front desk went. */
    public static final String FRONT_DESK = "/voice/front-desk";
    /** The answer to "the front desk cannot take your call: to leave a message, press 1". */
    public static final String DESK = "/voice/desk";
    /** The Record action, and the Redirect after it when nothing was recorded. */
    public static final String RECORDED = "/voice/recorded";
    /** What the staff member who picks up hears before the caller is put through. */
    public static final String WHISPER = "/voice/whisper";
    /** Twilio's recording status callback: the message is stored even if the caller hung up. */
    public static final String RECORDING = "/voice/recording";
    /** Twilio's transcription callback: the words of a message, some time after it was left. */
    public static final String TRANSCRIPTION = "/voice/transcription";
    /** Twilio's "Primary handler fails" webhook. */
    public static final String FALLBACK = "/voice/fallback";
    /** Twilio's call status callback. */
    public static final String STATUS = "/voice/status";
    public static final String HEALTH = "/health";

    /** Callbacks that tell the line about a message; they answer no TwiML. */
    public static final List<String> CALLBACKS = List.of(RECORDING, TRANSCRIPTION);
    /** The routes that answer with TwiML. */
    public static final List<String> ANSWERS = List.of(VOICE, MENU, FRONT_DESK, FALLBACK, DESK, RECORDED, WHISPER);
    /** The routes a TwiML answer may point Twilio to: those that answer, and the message callbacks. */
    public static final List<String> ACTIONS = List.of(VOICE, MENU, FRONT_DESK, FALLBACK, DESK, RECORDED, WHISPER,
            RECORDING, TRANSCRIPTION);

    /**
     * Twilio's webhook connection overrides, on every URL that hands the line a caller's message (the
     * Record action, the recording status and transcription callbacks): up to five more tries when the
     * line answers 5xx (the message was not kept), cannot be reached, or does not answer in time. It is
     * a URL fragment: Twilio reads it and neither sends it nor signs it.
     */
    public static final String RETRIES = "#rc=5&rp=ct,rt,5xx";

    private Routes() {}

    public static String menu(CallState state) {
        return MENU + "?" + state.toQuery();
    }

    public static String frontDesk(CallState state) {
        return FRONT_DESK + "?" + state.toQuery();
    }

    public static String desk(CallState state) {
        return DESK + "?" + state.toQuery();
    }

    public static String recorded(CallState state) {
        return RECORDED + "?" + state.toQuery() + RETRIES;
    }

    public static String whisper(CallState state) {
        return WHISPER + "?" + state.toQuery();
    }

    /**
     * The recording status callback carries the caller's number: Twilio does not send From with it,
     * and it must be enough to store the message of a caller who hung up.
     */
    public static String recording(CallState state, String caller) {
        return RECORDING + "?" + state.toQuery() + "&caller=" + URLEncoder.encode(caller, StandardCharsets.UTF_8)
                + RETRIES;
    }

    public static String transcription(CallState state) {
        return TRANSCRIPTION + "?" + state.toQuery() + RETRIES;
    }
}
