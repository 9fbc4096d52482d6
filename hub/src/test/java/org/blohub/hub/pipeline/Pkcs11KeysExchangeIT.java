package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.SoftHsmToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * TH keeps the keys of TH-CHIANGKHONG and TH-MAESAI in one SoftHSM2 token, and their PKCS#12 files are gone; LA keeps
 * its keys in files. Messages go both ways, each side verifies the other's signature and receipt.
 */
class Pkcs11KeysExchangeIT {

    private static final List<String> OFFICES_IN_TOKEN = List.of("TH-CHIANGKHONG", "TH-MAESAI");

    @TempDir
    Path directory;

    private TwoNodes nodes;

    @AfterEach
    void stopTheNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aNodeWhoseOfficeKeysAreInATokenExchangesSignedMessagesAndReceiptsWithANodeUsingKeyFiles() throws Exception {
        SoftHsmToken.assumeInstalled();
        nodes = new TwoNodes(directory);
        Map<String, Object> thProperties = new LinkedHashMap<>(moveKeysIntoToken());

        nodes.th = NodeLauncher.start("TH", nodes.material, directory.resolve("TH"), 0, List.of("LA"), thProperties);
        nodes.startLa();

        assertThat(nodes.th.getBean(OfficeKeyring.class).keysOf("TH-CHIANGKHONG").orElseThrow().signing()
                .keyProvider()).as("TH-CHIANGKHONG signs through the token's provider").isPresent();

        String toLa = nodes.submitThToLa("Pickup stopped at Chiang Khong");
        TwoNodes.Response submitted = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages",
                TwoNodes.request("TH-CHIANGKHONG", "H2", "Boat check at Houayxay pier"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String toTh = submitted.json().get("messageId").asString();

        assertDeliveredWithVerifiedReceipt(nodes.th, "TH-CHIANGKHONG", toLa, "LA-HOUAYXAY");
        assertDeliveredWithVerifiedReceipt(nodes.la, "LA-HOUAYXAY", toTh, "TH-CHIANGKHONG");
        assertReceivedWithValidSignature(nodes.la, "LA-HOUAYXAY", toLa, "TH-CHIANGKHONG",
                "Pickup stopped at Chiang Khong");
        assertReceivedWithValidSignature(nodes.th, "TH-CHIANGKHONG", toTh, "LA-HOUAYXAY",
                "Boat check at Houayxay pier");
    }

    /** Imports the offices' keys into a fresh token, deletes their files, and returns TH's settings for the token. */
    private Map<String, Object> moveKeysIntoToken() throws Exception {
        SoftHsmToken token = SoftHsmToken.initialize(directory, "blo-th");
        NodeMaterial material = new NodeMaterial(nodes.material, "TH");
        char[] password = Files.readString(material.password()).strip().toCharArray();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String office : OFFICES_IN_TOKEN) {
            token.importKey(office + "-signing",
                    Pkcs12Files.read(material.officeSigning(office), NodeMaterial.SIGNING_ALIAS, password));
            token.importKey(office + "-encryption",
                    Pkcs12Files.read(material.officeEncryption(office), NodeMaterial.ENCRYPTION_ALIAS, password));
            Files.delete(material.officeSigning(office));
            Files.delete(material.officeEncryption(office));
            properties.putAll(token.officeProperties(properties.size() / 4, office));
        }
        return properties;
    }

    private void assertDeliveredWithVerifiedReceipt(org.springframework.context.ConfigurableApplicationContext sender,
            String senderOffice, String id, String recipientOffice) {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            JsonNode sent = nodes.asSystem(sender, senderOffice, "GET", "/api/messages/" + id, null).json();
            assertThat(sent.at("/message/status").asString()).as("status of %s at its sender", id)
                    .isEqualTo("DELIVERED");
            assertThat(sent.at("/receipts/0/from").asString()).isEqualTo(recipientOffice);
            assertThat(sent.at("/receipts/0/signatureVerified").asBoolean()).isTrue();
        });
    }

    private void assertReceivedWithValidSignature(org.springframework.context.ConfigurableApplicationContext receiver,
            String office, String id, String signerOffice, String subject) {
        JsonNode received = nodes.asOfficer(receiver, office, "GET", "/api/messages/" + id, null).json();
        assertThat(received.at("/content/subject").asString()).isEqualTo(subject);
        assertThat(received.at("/content/from").asString()).isEqualTo(signerOffice);
        assertThat(received.get("signer").asString()).contains(signerOffice);
        assertThat(received.get("certificateStatus").asString()).startsWith("VALID");
    }
}
