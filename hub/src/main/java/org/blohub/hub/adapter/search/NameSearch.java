package org.blohub.hub.adapter.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.names.NameSearchKeys;
import org.blohub.adapters.names.Romanizer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.pipeline.MessageDelivered;
import org.blohub.hub.pipeline.MessageSubmitted;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds an office's messages (inbox and outbox) naming a person, whatever script and spelling
 * ({@link NameSearchKeys}). Each message is indexed for each office of this node that reads it, by opening its
 * envelope with that office's key on the indexing thread: right after a delivery or a submission, and by a
 * catch-up run for anything else (messages submitted from other channels, the node's history).
 */
@Component
public class NameSearch extends BackgroundJob {

    /** A message found, as the searching office holds it. */
    public record Hit(String messageId, Direction direction) {
    }

    public static final int MAX_HITS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(NameSearch.class);
    private static final int BATCH = 100;

    private final NameSearchStore store;
    private final NameKeyHasher hasher;
    private final NameSearchKeys keys = new NameSearchKeys(new Romanizer());
    private final MessageStore messages;
    private final OfficeKeyring keyring;
    private final Opener opener;
    private final LiaisonMessageJson json;
    private final Clock clock;
    private final boolean enabled;

    /** @param enabled false on nodes that never search names (e.g. benchmark nodes): nothing is indexed then */
    NameSearch(DataSource dataSource, TransactionTemplate transactions, NodeProperties node, MessageStore messages,
            OfficeKeyring keyring, Opener opener, LiaisonMessageJson json, Clock clock,
            @Value("${blo.name-search.enabled:true}") boolean enabled) {
        super("blo-name-index", Duration.ofSeconds(3), Duration.ofSeconds(30));
        this.store = new NameSearchStore(JdbcClient.create(dataSource), transactions);
        this.hasher = NameKeyHasher.fromKeyFile(node.dataDir().resolve(Path.of("name-search.key")));
        this.messages = messages;
        this.keyring = keyring;
        this.opener = opener;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    protected boolean applies() {
        return enabled;
    }

    /** The office's messages with a person matching every token of the query, newest first. */
    public List<Hit> find(String office, String query) {
        Set<String> queryKeys = keys.queryKeys(query);
        if (queryKeys.isEmpty()) {
            return List.of();
        }
        return store.find(office, hasher.hashes(queryKeys), MAX_HITS).stream()
                .map(entry -> new Hit(entry.messageId(), entry.direction())).toList();
    }

    /** Indexes a message just submitted (by any channel) soon, on the indexing thread. */
    @EventListener
    void onSubmitted(MessageSubmitted submitted) {
        runOnceMoreAfter(Duration.ZERO);
    }

    @EventListener
    void onDelivered(MessageDelivered delivered) {
        runOnceMoreAfter(Duration.ZERO);
    }

    @Override
    protected void runOnce() {
        try {
            List<NameSearchStore.Entry> pending;
            do {
                pending = store.pending(keyring.offices(), BATCH);
                pending.forEach(this::index);
            } while (pending.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("BLO-ADP-051 name search: cannot index new messages now; trying again in {}", interval(), e);
        }
    }

    private void index(NameSearchStore.Entry entry) {
        List<Set<String>> persons = new ArrayList<>();
        try {
            Optional<ImmutableBytes> envelope = (entry.direction() == Direction.INBOUND
                    ? messages.findInInbox(entry.office(), entry.messageId())
                    : messages.findInOutbox(entry.office(), entry.messageId())).flatMap(StoredMessage::envelope);
            if (envelope.isPresent()) {
                LiaisonMessage message = json.fromJson(opener.open(envelope.get().toByteArray(),
                        keyring.keysOf(entry.office()).orElseThrow().encryption(), entry.messageId()).content());
                for (Person person : message.entities().persons()) {
                    persons.add(hasher.prefixHashes(keys.keysOf(person)));
                }
            }
        } catch (OpenRefusedException e) {
            LOG.warn("BLO-ADP-050 name search: message {} cannot be opened for {} ({}); it is not searchable by name",
                    entry.messageId(), entry.office(), e.getMessage());
        }
        store.save(entry, persons, clock.instant());
    }
}
