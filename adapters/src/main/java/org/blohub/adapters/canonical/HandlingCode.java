package org.blohub.adapters.canonical;

/** What the receiving office may do with the information (the handling code agreed between the countries). */
public enum HandlingCode {
    /** May be used for crime purposes only. */
    H0,
    /** Not to be used in court without the sender's permission. */
    H1,
    /** No onward sharing without the sender's permission. */
    H2,
    /** Other restrictions, spelled out in the restriction text. */
    H3;

    public boolean requiresRestrictionText() {
        return this == H3;
    }
}
