package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.RecordingAudio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The line's own copies of callers' recordings, by RecordingSid, in the messages' database: staff can
 * listen (and seek) when Twilio is slow or down, and the recording can be deleted from Twilio once it
 * is copied. A copy is as private as the message it belongs to, and is deleted by {@link #purge} a
 * while after the message was called back.
 */
public final class RecordingCopies {

    private final ConnectionPool pool;

    /** @param pool the messages' database, whose {@link Schema} has the copies' table */
    public RecordingCopies(ConnectionPool pool) {
        this.pool = pool;
    }

    public Optional<RecordingAudio> find(String recordingSid) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT audio, content_type FROM recording_copies WHERE recording_sid = ?")) {
            p.setString(1, recordingSid);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new RecordingAudio(r.getBytes(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.of("read the copy of recording " + recordingSid, pool.database().describe(), e);
        }
    }

    /** Which of these recordings have a copy. */
    public Set<String> kept(Collection<String> recordingSids) {
        if (recordingSids.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", Collections.nCopies(recordingSids.size(), "?"));
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT recording_sid FROM recording_copies WHERE recording_sid IN (" + marks + ")")) {
            int i = 1;
            for (String sid : recordingSids) {
                p.setString(i++, sid);
            }
            Set<String> kept = new HashSet<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    kept.add(r.getString(1));
                }
            }
            return kept;
        } catch (SQLException e) {
            throw StoreException.of("look up copies of recordings", pool.database().describe(), e);
        }
    }

    /** Keeps a copy; a copy already kept (another instance fetched it at the same moment) stays. */
    public void keep(String recordingSid, RecordingAudio audio, Instant at) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO recording_copies (recording_sid, audio, content_type, copied_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, recordingSid);
            p.setBytes(2, audio.bytes());
            p.setString(3, audio.contentType());
            p.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw StoreException.of("keep a copy of recording " + recordingSid, pool.database().describe(), e);
            }
        }
    }

    /**
     * Deletes the copies of messages called back before {@code calledBackBefore}: the message itself stays,
     * its sound is no longer kept. @return how many copies went
     */
    public int purge(Instant calledBackBefore) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "DELETE FROM recording_copies WHERE recording_sid IN (SELECT recording_sid FROM messages"
                        + " WHERE status = ? AND called_back_at < ?)")) {
            p.setString(1, Message.Status.CALLED_BACK.code());
            p.setObject(2, OffsetDateTime.ofInstant(calledBackBefore, ZoneOffset.UTC));
            return p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("delete old copies of recordings", pool.database().describe(), e);
        }
    }
}
