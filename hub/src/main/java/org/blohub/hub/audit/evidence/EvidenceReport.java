package org.blohub.hub.audit.evidence;

import java.util.List;

/** Every verdict on a bundle; it is verified when there is at least one verdict and none failed. */
public record EvidenceReport(List<Verdict> verdicts) {

    public EvidenceReport {
        verdicts = List.copyOf(verdicts);
    }

    public boolean verified() {
        return !verdicts.isEmpty() && verdicts.stream().noneMatch(Verdict::failed);
    }
}
