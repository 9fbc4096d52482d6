package org.blohub.hub.audit.evidence;

/** The outcome of one check of an evidence bundle, printed as {@code PASS|FAIL|NOTE item: reason}. */
public record Verdict(Outcome outcome, String item, String reason) {

    public enum Outcome { PASS, FAIL, NOTE }

    static Verdict pass(String item, String reason) {
        return new Verdict(Outcome.PASS, item, reason);
    }

    static Verdict fail(String item, String reason) {
        return new Verdict(Outcome.FAIL, item, reason);
    }

    static Verdict note(String item, String reason) {
        return new Verdict(Outcome.NOTE, item, reason);
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }

    @Override
    public String toString() {
        return outcome + " " + item + ": " + reason;
    }
}
