package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.store.AttachmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attachment parts go out at their envelope's JMS priority. At a lower one, a FLASH envelope overtook its parts in a
 * backlog (the chaos soak's link faults) and the receiver refused it, BLO-IN-011 ATTACHMENT_MISSING.
 */
class PartDispatcherTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"FLASH, 9", "IMMEDIATE, 7", "ROUTINE, 4"})
    void sendsEachPartAtItsEnvelopesPriority(String priority, int jmsPriority) throws Exception {
        MessageProducer producer = mock(MessageProducer.class);
        BytesMessage part = mock(BytesMessage.class);
        PartDispatcher dispatcher = dispatcherSendingThrough(producer, part);

        dispatcher.sendParts(new Dispatch("LA", "01M9988FCG2QKR1PAMG8KQJH1Q", "TH-CHIANGKHONG",
                List.of("LA-HOUAYXAY"), "REQUEST", priority, Instant.now(), new byte[0]), "blo.outbound.LA");

        verify(producer).send(part, DeliveryMode.PERSISTENT, jmsPriority, 0);
        verify(producer).send(any(), anyInt(), anyInt(), anyLong());
    }

    @Test
    void theEnvelopeAndItsPartsShareOnePriorityMapping() {
        assertThat(List.of("FLASH", "IMMEDIATE", "ROUTINE").stream()
                .map(DispatchRoute::jmsPriority).toList()).containsExactly(9, 7, 4);
    }

    private PartDispatcher dispatcherSendingThrough(MessageProducer producer, BytesMessage part) throws Exception {
        Path file = Files.write(directory.resolve("part-0"), new byte[] {1, 2, 3});
        AttachmentStore store = mock(AttachmentStore.class);
        when(store.indexes("01M9988FCG2QKR1PAMG8KQJH1Q")).thenReturn(List.of(0));
        when(store.part("01M9988FCG2QKR1PAMG8KQJH1Q", 0)).thenReturn(Optional.of(file));
        Session session = mock(Session.class);
        when(session.createBytesMessage()).thenReturn(part);
        Queue queue = mock(Queue.class);
        when(session.createQueue("blo.outbound.LA")).thenReturn(queue);
        when(session.createProducer(queue)).thenReturn(producer);
        Connection connection = mock(Connection.class);
        when(connection.createSession(anyBoolean(), anyInt())).thenReturn(session);
        ConnectionFactory factory = mock(ConnectionFactory.class);
        when(factory.createConnection()).thenReturn(connection);
        NodeProperties properties = mock(NodeProperties.class);
        when(properties.name()).thenReturn("TH");
        return new PartDispatcher(store, factory, properties);
    }
}
