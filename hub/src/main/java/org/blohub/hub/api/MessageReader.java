package org.blohub.hub.api;

import java.util.List;
import java.util.Optional;

import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.store.ContentPurge;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a stored envelope with the reading office's key: the signature and the signer's certificate
 * path (at the signing time, against the current CRLs) are verified again on every read. A message whose content
 * was purged shows its header, receipts and when and under which rule it was purged.
 */
@Component
public class MessageReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Opener opener;
    private final OfficeKeyring keyring;
    private final ReceiptStore receipts;

    MessageReader(Opener opener, OfficeKeyring keyring, ReceiptStore receipts) {
        this.opener = opener;
        this.keyring = keyring;
        this.receipts = receipts;
    }

    public MessageDetail read(StoredMessage stored, String office) {
        MessageView view = MessageView.of(stored.summary());
        List<Receipt> returned = receipts.forMessage(view.messageId());
        List<MessageDetail.ReceiptView> receiptViews = returned.stream()
                .map(receipt -> new MessageDetail.ReceiptView(receipt.receiptId(), receipt.kind().name(),
                        receipt.reasonCode(), receipt.fromOffice(), receipt.verified(), receipt.receivedAt()))
                .toList();
        List<RecipientState> recipients = stored.summary().direction() == Direction.OUTBOUND
                ? RecipientState.of(view.to(), returned, view.status())
                : List.of();
        Optional<ImmutableBytes> envelope = stored.envelope();
        if (envelope.isEmpty()) {
            ContentPurge purge = stored.summary().purge().orElseThrow();
            return new MessageDetail(view, Optional.empty(), Optional.empty(), "NOT CHECKED: content purged at "
                    + purge.purgedAt() + " under " + purge.rule(), Optional.empty(), receiptViews, recipients);
        }
        OfficeKeys keys = keyring.keysOf(office).orElseThrow();
        try {
            OpenedEnvelope opened = opener.open(envelope.get().toByteArray(), keys.encryption(), view.messageId());
            return new MessageDetail(view, Optional.of(JSON.readTree(opened.content())),
                    Optional.of(opened.signerCertificate().getSubjectX500Principal().getName()),
                    "VALID (signature verified; certificate path valid at the signing time)",
                    Optional.of(opened.signingTime()), receiptViews, recipients);
        } catch (OpenRefusedException e) {
            return new MessageDetail(view, Optional.empty(), Optional.empty(),
                    "NOT VERIFIED: " + e.getMessage(), Optional.empty(), receiptViews, recipients);
        }
    }
}
