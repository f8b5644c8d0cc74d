package clinic.ivr.flow;

import java.util.List;

/** The webhook paths of the line; action URLs carry the call's state in their query. */
public final class Routes {

    /** Twilio's "A call comes in" webhook. */
    public static final String VOICE = "/voice";
    /** Every Gather's action and the Redirect after it: the caller's choice, or silence. */
    public static final String MENU = "/voice/menu";
    /** The Dial action: how ringing the front desk went. */
    public static final String FRONT_DESK = "/voice/front-desk";
    /** Twilio's "Primary handler fails" webhook. */
    public static final String FALLBACK = "/voice/fallback";
    /** Twilio's call status callback. */
    public static final String STATUS = "/voice/status";
    public static final String HEALTH = "/health";

    /** The routes a TwiML answer may point Twilio to. */
    public static final List<String> ACTIONS = List.of(VOICE, MENU, FRONT_DESK, FALLBACK);

    private Routes() {}

    public static String menu(CallState state) {
        return MENU + "?" + state.toQuery();
    }

    public static String frontDesk(CallState state) {
        return FRONT_DESK + "?" + state.toQuery();
    }
}
