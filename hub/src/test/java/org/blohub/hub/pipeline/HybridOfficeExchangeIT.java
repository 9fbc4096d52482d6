package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KEMRecipientInformation;
import org.bouncycastle.cms.RecipientInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The post-quantum hybrid profile end to end: the demo registry gives Tonpheung (LA) hybrid keys and Chiang Saen (TH)
 * classic ones. A request from Chiang Saen reaches Tonpheung through a composite ML-KEM recipient info, and the
 * answer comes back with a composite ML-DSA signature that TH verifies; both are receipted.
 */
@ExtendWith(SharedDemoPair.class)
class HybridOfficeExchangeIT {

    private static final String COMPOSITE_SIGNATURE = "MLDSA65-ECDSA-P256-SHA512";

    private static TwoNodes nodes;

    @BeforeAll
    static void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
    }

    @Test
    void aClassicOfficeAndAHybridOfficeExchangeARequestAndItsAnswer() throws Exception {
        String subject = "Longtail boat " + UUID.randomUUID();
        TwoNodes.Response asked = nodes.asSystem(nodes.th, "TH-CHIANGSAEN", "POST", "/api/messages",
                TwoNodes.request("LA-TONPHEUNG", "H1", subject));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String requestId = asked.json().get("messageId").asString();

        StoredMessage request = awaitDelivered(nodes.th, "TH-CHIANGSAEN", requestId);
        assertThat(recipientInfos(request)).as("Tonpheung's hybrid key and Chiang Saen's own classic copy")
                .hasAtLeastOneElementOfType(KEMRecipientInformation.class)
                .hasAtLeastOneElementOfType(KeyAgreeRecipientInformation.class);
        StoredMessage received = nodes.la.getBean(MessageStore.class).findInInbox("LA-TONPHEUNG", requestId).orElseThrow();
        assertThat(openedBy(nodes.la, "LA-TONPHEUNG", received).signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(nodes.asSystem(nodes.la, "LA-TONPHEUNG", "GET", "/api/messages/" + requestId, null)
                .json().at("/content/subject").asString()).isEqualTo(subject);

        TwoNodes.Response answered = nodes.asSystem(nodes.la, "LA-TONPHEUNG", "POST", "/api/messages", """
                {"to": ["TH-CHIANGSAEN"], "kind": "RESPONSE", "priority": "FLASH", "handling": {"code": "H1"},
                 "conversationId": "%s", "inReplyTo": "%s", "language": "en", "subject": "Re: longtail boat",
                 "body": "Seen at Tonpheung pier at dawn."}""".formatted(requestId, requestId));
        assertThat(answered.status()).as(answered.body()).isEqualTo(202);
        String answerId = answered.json().get("messageId").asString();

        StoredMessage answer = awaitDelivered(nodes.la, "LA-TONPHEUNG", answerId);
        assertThat(recipientInfos(answer)).hasAtLeastOneElementOfType(KEMRecipientInformation.class);
        StoredMessage answerAtTh = nodes.th.getBean(MessageStore.class).findInInbox("TH-CHIANGSAEN", answerId)
                .orElseThrow();
        assertThat(openedBy(nodes.th, "TH-CHIANGSAEN", answerAtTh).signatureAlgorithm()).isEqualTo(COMPOSITE_SIGNATURE);
        TwoNodes.Response shown = nodes.asSystem(nodes.th, "TH-CHIANGSAEN", "GET", "/api/messages/" + answerId, null);
        assertThat(shown.json().get("signer").asString()).contains("LA-TONPHEUNG");
        assertThat(shown.json().get("certificateStatus").asString()).startsWith("VALID");
    }

    private static StoredMessage awaitDelivered(ConfigurableApplicationContext node, String office, String id) {
        MessageStore store = node.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                store.findInOutbox(office, id).orElseThrow().summary().status()).isEqualTo(MessageStatus.DELIVERED));
        return store.findInOutbox(office, id).orElseThrow();
    }

    private static List<RecipientInformation> recipientInfos(StoredMessage message) throws Exception {
        return List.copyOf(new CMSAuthEnvelopedData(message.envelope().orElseThrow().toByteArray())
                .getRecipientInfos().getRecipients());
    }

    private static OpenedEnvelope openedBy(ConfigurableApplicationContext node, String office, StoredMessage message)
            throws Exception {
        return node.getBean(Opener.class).open(message.envelope().orElseThrow().toByteArray(),
                node.getBean(OfficeKeyring.class).keysOf(office).orElseThrow().encryption(), message.summary().messageId());
    }
}
