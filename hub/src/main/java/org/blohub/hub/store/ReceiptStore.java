package org.blohub.hub.store;

import java.util.List;
import java.util.Optional;

/** Signed receipts, kept as evidence. Joins the caller's transaction when there is one. */
public interface ReceiptStore {

    /**
     * Records a receipt once.
     *
     * @return true if stored now; false if a receipt with this id was already stored (a replay)
     */
    boolean record(Receipt receipt);

    Optional<Receipt> find(String receiptId);

    /** The receipts for a message, in the order received. */
    List<Receipt> forMessage(String messageId);
}
