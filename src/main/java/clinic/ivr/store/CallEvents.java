package clinic.ivr.store;

import clinic.ivr.desk.CallEvent;

/** Where the line hands what happens on its calls. Never blocks and never throws: a webhook is answering. */
public interface CallEvents {

    /** Nowhere: the calls are not recorded (a call in the terminal, a test that does not look). */
    CallEvents NONE = event -> { };

    void record(CallEvent event);
}
