package clinic.ivr.store;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static clinic.ivr.store.SqlCallStore.text;
import static clinic.ivr.store.SqlCallStore.utc;

/**
 * One batch of call events, written inside the writer's transaction with as few statements as the events
 * allow: each call's row read once and written back once, the steps inserted as one JDBC batch, the day's
 * figures summed first and added once per figure. A busy line hands over hundreds of events of a few calls
 * at a time; a quiet one, a step or two.
 */
final class CallBatch {

    private final Connection c;
    private final Function<String, String> hash;
    private final Map<String, CallRow> calls = new LinkedHashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final CallDays.Tally figures = new CallDays.Tally();
    private final List<CallEvent> steps = new ArrayList<>();

    /** @param hash the caller's number to its salted hash */
    CallBatch(Connection c, Function<String, String> hash) {
        this.c = c;
        this.hash = hash;
    }

    void write(List<CallEvent> events) throws SQLException {
        for (CallEvent e : events) {
            CallRow call = calls.get(e.callSid());
            if (call == null) {
                call = CallRow.read(c, e.callSid()).orElse(null);
                if (call == null) {
                    call = insert(e);
                } else {
                    call.heard(e);
                }
                calls.put(e.callSid(), call);
            } else {
                call.heard(e);
            }
            if (e.step().isPresent()) {
                steps.add(e);
                figures.heard(e.start().day(), e.step().get(), e.node(), e.part());
            }
            if (e.ending().isPresent()) {
                call.ended(e.at(), e.ending().get(), figures);
            }
            if (e.duration().isPresent()) {
                call.lasted(e.at(), e.duration().get());
            }
        }
        insertSteps();
        for (CallRow call : calls.values()) {
            call.update(c);
        }
        figures.add(c);
    }

    private CallRow insert(CallEvent e) throws SQLException {
        CallEvent.Start start = e.start();
        boolean known = e.caller() != null && !e.caller().isBlank();
        String callerHash = known ? hashes.computeIfAbsent(e.caller(), hash) : null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO calls (call_sid, started_at, started_day,"
                + " started_hour, in_hours, language, slow, caller_hash, caller_masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, e.callSid());
            p.setObject(2, utc(start.at()));
            p.setObject(3, start.day());
            p.setInt(4, start.hour());
            p.setBoolean(5, start.inHours());
            text(p, 6, e.language());
            p.setBoolean(7, e.slow());
            text(p, 8, callerHash);
            text(p, 9, known ? PhoneNumber.mask(e.caller()) : null);
            p.executeUpdate();
        }
        figures.started(start);
        if (callerHash != null) {
            CallDays.called(c, callerHash, start.day());
        }
        return new CallRow(e.callSid(), start.day(), e.language(), e.slow(), null, null, null);
    }

    private void insertSteps() throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO call_events (call_sid, heard_at, heard_day, step,"
                + " node, part) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CallEvent e : steps) {
                p.setString(1, e.callSid());
                p.setObject(2, utc(e.at()));
                p.setObject(3, e.start().day());
                p.setString(4, e.step().orElseThrow());
                text(p, 5, e.node());
                p.setInt(6, e.part());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** A call's row as this batch leaves it: read (or inserted) once, changed in memory, written once. */
    private static final class CallRow {

        private final String callSid;
        private final LocalDate day;
        private String language;
        private boolean slow;
        private String ending;
        private String place;
        private Instant endingAt;
        private Instant endedAt;
        private Integer seconds;
        private boolean changed;

        CallRow(String callSid, LocalDate day, String language, boolean slow, String ending, String place,
                Instant endingAt) {
            this.callSid = callSid;
            this.day = day;
            this.language = language;
            this.slow = slow;
            this.ending = ending;
            this.place = place;
            this.endingAt = endingAt;
        }

        static Optional<CallRow> read(Connection c, String callSid) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("SELECT started_day, language, slow, ending, ending_place,"
                    + " ending_at FROM calls WHERE call_sid = ?")) {
                p.setString(1, callSid);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    OffsetDateTime endingAt = r.getObject(6, OffsetDateTime.class);
                    return Optional.of(new CallRow(callSid, SqlCallStore.day(r, 1), r.getString(2), r.getBoolean(3),
                            r.getString(4), r.getString(5), endingAt == null ? null : endingAt.toInstant()));
                }
            }
        }

        /** A step tells the language the caller uses now, and that they asked for slower speech. */
        void heard(CallEvent e) {
            if (e.step().isEmpty()) {
                return;
            }
            if (e.language() != null && !e.language().equals(language)) {
                language = e.language();
                changed = true;
            }
            if (e.slow() && !slow) {
                slow = true;
                changed = true;
            }
        }

        /** The latest event that says how the call ended wins, whatever order instances write them in. */
        void ended(Instant at, CallEnding.Where where, CallDays.Tally figures) {
            if (endingAt != null && endingAt.isAfter(at)) {
                return;
            }
            figures.endingChanged(day, Objects.toString(ending, ""), Objects.toString(place, ""), where);
            ending = where.ending().code();
            place = where.place();
            endingAt = at;
            changed = true;
        }

        /** Twilio's status callback: when the call ended and how long it took. */
        void lasted(Instant at, int seconds) {
            this.endedAt = at;
            this.seconds = seconds;
            changed = true;
        }

        void update(Connection c) throws SQLException {
            if (!changed) {
                return;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE calls SET language = ?, slow = ?, ending = ?,"
                    + " ending_place = ?, ending_at = ?, ended_at = COALESCE(?, ended_at),"
                    + " duration_seconds = COALESCE(?, duration_seconds) WHERE call_sid = ?")) {
                text(p, 1, language);
                p.setBoolean(2, slow);
                text(p, 3, ending);
                text(p, 4, place);
                moment(p, 5, endingAt);
                moment(p, 6, endedAt);
                if (seconds == null) {
                    p.setNull(7, Types.INTEGER);
                } else {
                    p.setInt(7, seconds);
                }
                p.setString(8, callSid);
                p.executeUpdate();
            }
        }

        private static void moment(PreparedStatement p, int index, Instant at) throws SQLException {
            if (at == null) {
                p.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                p.setObject(index, utc(at));
            }
        }
    }
}
