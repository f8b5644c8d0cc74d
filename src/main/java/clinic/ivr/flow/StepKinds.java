package clinic.ivr.flow;

/** Each kind of step by the name the call log, the call records and their readers know it by. */
final class StepKinds implements Step.Visitor<String> {

    static final StepKinds NAMES = new StepKinds();

    private StepKinds() {}

    @Override
    public String menu(Step.Menu step) {
        return "menu";
    }

    @Override
    public String answer(Step.Answer step) {
        return "answer";
    }

    @Override
    public String hours(Step.Hours step) {
        return "hours";
    }

    /** A question only the desk can answer, or the way to the clinic, is counted as what the caller asked. */
    @Override
    public String confirm(Step.Confirm step) {
        return switch (step.lead().kind()) {
            case ASK_THE_DESK -> PhoneTree.ASK_THE_DESK;
            case DIRECTIONS -> PhoneTree.DIRECTIONS;
            default -> "confirm";
        };
    }

    @Override
    public String frontDesk(Step.FrontDesk step) {
        return "front-desk";
    }

    @Override
    public String messageOffer(Step.MessageOffer step) {
        return "message-offer";
    }

    @Override
    public String voicemail(Step.Voicemail step) {
        return "voicemail";
    }

    @Override
    public String messageTaken(Step.MessageTaken step) {
        return "message-taken";
    }

    @Override
    public String whisper(Step.Whisper step) {
        return "whisper";
    }

    @Override
    public String connect(Step.Connect step) {
        return "connect";
    }

    @Override
    public String sendText(Step.SendText step) {
        return "send-text";
    }

    @Override
    public String goodbye(Step.Goodbye step) {
        return "goodbye";
    }
}
