package org.blohub.hub.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.ReceiptStore;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

final class JdbcReceiptStore implements ReceiptStore {

    private static final String COLUMNS =
            "receipt_id, message_id, kind, reason_code, from_office, envelope, verified, received_at";

    private final JdbcClient jdbc;

    JdbcReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** ON CONFLICT DO NOTHING: a replay neither fails nor aborts the caller's PostgreSQL transaction. */
    @Override
    public boolean record(Receipt receipt) {
        try {
            return jdbc.sql("INSERT INTO receipts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(receipt.receiptId(), receipt.messageId(), receipt.kind().name(),
                            receipt.reasonCode().orElse(null), receipt.fromOffice(),
                            receipt.envelope().toByteArray(), receipt.verified(),
                            SqlTimes.toSql(receipt.receivedAt()))
                    .update() == 1;
        } catch (DataAccessException e) {
            throw new StoreException("cannot record receipt " + receipt.receiptId()
                    + " for message " + receipt.messageId(), e);
        }
    }

    @Override
    public Optional<Receipt> find(String receiptId) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM receipts WHERE receipt_id = ?")
                    .param(receiptId)
                    .query((row, rowNumber) -> read(row))
                    .optional();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read receipt " + receiptId, e);
        }
    }

    @Override
    public List<Receipt> forMessage(String messageId) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM receipts WHERE message_id = ? "
                            + "ORDER BY received_at, receipt_id")
                    .param(messageId)
                    .query((row, rowNumber) -> read(row))
                    .list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the receipts of message " + messageId, e);
        }
    }

    private static Receipt read(ResultSet row) throws SQLException {
        return new Receipt(
                row.getString("receipt_id"),
                row.getString("message_id"),
                ReceiptKind.valueOf(row.getString("kind")),
                Optional.ofNullable(row.getString("reason_code")),
                row.getString("from_office"),
                ImmutableBytes.copyOf(row.getBytes("envelope")),
                row.getBoolean("verified"),
                SqlTimes.instant(row, "received_at"));
    }
}
