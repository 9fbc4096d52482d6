package org.blohub.hub.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blohub.crypto.merkle.ConsistencyProofVerifier;
import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.VerifiedCheckpoint;

/**
 * {@code verify-log}: fetches a node's latest checkpoint and every entry through the audit API, recomputes
 * every leaf hash and the root, compares with the signed checkpoint, and checks that an earlier saved
 * checkpoint is a prefix of the same log (recomputed root and the node's consistency proof).
 */
final class RemoteLogVerification {

    /** One verdict line of the report. */
    public record Verdict(boolean passed, String item, String detail) {
        @Override
        public String toString() {
            return (passed ? "PASS " : "FAIL ") + item + ": " + detail;
        }
    }

    /** The verdicts and the checkpoint note they are about (empty if none could be fetched). */
    public record Report(List<Verdict> verdicts, Optional<String> checkpointNote) {
        public boolean passed() {
            return !verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::passed);
        }
    }

    private final AuditApiClient api;
    private final CheckpointVerifier verifier;
    private final PrintStream progress;

    RemoteLogVerification(AuditApiClient api, CheckpointVerifier verifier, PrintStream progress) {
        this.api = api;
        this.verifier = verifier;
        this.progress = progress;
    }

    /** @param saved a checkpoint saved from an earlier run, if any */
    public Report verify(Optional<String> saved) {
        List<Verdict> verdicts = new ArrayList<>();
        String latestNote = api.checkpoint();
        VerifiedCheckpoint latest;
        try {
            latest = verifier.open(latestNote);
        } catch (NoteException e) {
            verdicts.add(new Verdict(false, "checkpoint", e.getMessage()));
            return new Report(verdicts, Optional.of(latestNote));
        }
        long size = latest.checkpoint().treeSize();
        verdicts.add(new Verdict(true, "checkpoint", latest.checkpoint().origin() + " tree size " + size
                + ", signed by the log key, " + latest.cosignatures().size() + " verified cosignature(s)"));
        List<LogEntry> entries = api.entries(size, received -> showProgress(received, size));
        progress.println();
        LogAuditResult audit = new LogAuditor(verifier).audit(latestNote, entries,
                Optional.of(api::inclusionProof));
        verdicts.add(audit.defect()
                .map(defect -> new Verdict(false, "log", defect.toString()))
                .orElseGet(() -> new Verdict(true, "log", size + " entries, indices 0.." + (size - 1)
                        + ", root recomputed and equal to the checkpoint")));
        saved.ifPresent(note -> verdicts.add(checkSaved(note, latest.checkpoint(), entries)));
        return new Report(verdicts, Optional.of(latestNote));
    }

    private Verdict checkSaved(String savedNote, Checkpoint latest, List<LogEntry> entries) {
        Checkpoint saved;
        try {
            saved = verifier.open(savedNote).checkpoint();
        } catch (NoteException e) {
            return new Verdict(false, "saved checkpoint", e.getMessage());
        }
        long first = saved.treeSize();
        long second = latest.treeSize();
        if (first > second) {
            return new Verdict(false, "saved checkpoint", "tree size " + first + " is larger than the node's " + second
                    + ": the log shrank");
        }
        MerkleTree prefix = new MerkleTree(new InMemoryTreeHashStore());
        for (int i = 0; i < first; i++) {
            prefix.append(entries.get(i).leafBytes().toByteArray());
        }
        if (!Arrays.equals(prefix.rootAt(first), saved.rootHash())) {
            return new Verdict(false, "saved checkpoint", "the first " + first
                    + " entries no longer hash to the saved root: history was rewritten");
        }
        if (first > 0) {
            try {
                ConsistencyProofVerifier.verify(api.consistencyProof(first, second), saved.rootHash(),
                        latest.rootHash());
            } catch (ProofVerificationException e) {
                return new Verdict(false, "saved checkpoint", "consistency proof " + first + " -> " + second
                        + " fails (" + e.reason() + ")");
            }
        }
        return new Verdict(true, "saved checkpoint", "tree size " + first + " is a prefix of tree size " + second
                + " (recomputed root and consistency proof)");
    }

    private void showProgress(long received, long total) {
        int width = 40;
        int done = total == 0 ? width : (int) (received * width / total);
        progress.print("\rentries [" + "#".repeat(done) + " ".repeat(width - done) + "] " + received + "/" + total);
        progress.flush();
    }
}
