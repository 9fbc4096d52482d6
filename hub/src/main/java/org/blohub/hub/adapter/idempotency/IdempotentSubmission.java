package org.blohub.hub.adapter.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Submits a message at most once per key: the key is claimed (with the message's id) before the submission and
 * released if it is refused or fails, so a repeat gets the first message's id and status and sends nothing. A claim
 * whose message never reached the outbox (the node stopped in between) is given up after {@link #IN_PROGRESS_LIMIT}.
 */
@Component
public class IdempotentSubmission {

    /** How long a claim without a stored message counts as a submission still running. */
    static final Duration IN_PROGRESS_LIMIT = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentSubmission.class);

    /** The submission itself, e.g. {@code () -> submitter.submit(...)}. */
    @FunctionalInterface
    public interface Submit {
        void run() throws SubmissionRefusedException;
    }

    private final SubmissionKeyStore keys;
    private final MessageStore messages;
    private final Clock clock;

    IdempotentSubmission(DataSource dataSource, MessageStore messages, Clock clock) {
        this.keys = new SubmissionKeyStore(JdbcClient.create(dataSource));
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param message   the message about to be submitted, its id assigned
     * @param retention how long a repeat of the key is recognised
     * @throws SubmissionRefusedException      as the submission throws it; the key is free again
     * @throws SubmissionKeyConflictException  the key was used for other content, or its first use is still running
     */
    public SubmissionOutcome submitOnce(SubmissionKey key, LiaisonMessage message, Duration retention, Submit submit)
            throws SubmissionRefusedException, SubmissionKeyConflictException {
        Instant now = clock.instant();
        Optional<SubmissionKeyStore.Claim> earlier = keys.find(key, now);
        if (earlier.isPresent()) {
            Optional<SubmissionOutcome> repeat = repeatOf(key, earlier.get(), now);
            if (repeat.isPresent()) {
                return repeat.get();
            }
        }
        if (!keys.claim(key, message.id(), now, now.plus(retention))) {
            throw new SubmissionKeyConflictException(SubmissionKeyConflictException.Conflict.IN_PROGRESS,
                    "a submission with this key is under way; ask again in a few seconds");
        }
        try {
            submit.run();
        } catch (SubmissionRefusedException | RuntimeException notAccepted) {
            keys.release(key, message.id());
            throw notAccepted;
        }
        return new SubmissionOutcome(message.id(), MessageStatus.QUEUED, false);
    }

    private Optional<SubmissionOutcome> repeatOf(SubmissionKey key, SubmissionKeyStore.Claim earlier, Instant now)
            throws SubmissionKeyConflictException {
        if (!earlier.fingerprint().equals(key.fingerprint())) {
            throw new SubmissionKeyConflictException(SubmissionKeyConflictException.Conflict.REUSED,
                    "this key was used for a different submission (message " + earlier.messageId()
                            + "); use a new key for new content");
        }
        Optional<StoredMessage> first = messages.find(earlier.messageId(), Direction.OUTBOUND);
        if (first.isPresent()) {
            LOG.info("BLO-ADP-010 office {}: repeated submission key, answered with message {}; nothing sent",
                    key.office(), earlier.messageId());
            return Optional.of(new SubmissionOutcome(earlier.messageId(), first.get().summary().status(), true));
        }
        if (earlier.createdAt().isAfter(now.minus(IN_PROGRESS_LIMIT))) {
            throw new SubmissionKeyConflictException(SubmissionKeyConflictException.Conflict.IN_PROGRESS,
                    "a submission with this key is under way; ask again in a few seconds");
        }
        keys.release(key, earlier.messageId());
        return Optional.empty();
    }
}
