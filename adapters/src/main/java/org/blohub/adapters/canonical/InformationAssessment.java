package org.blohub.adapters.canonical;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far the information itself is confirmed, second half of the 4x4 evaluation: 1 known to be true
 * without reservation, 2 known personally to the source but not to the officer, 3 not known personally
 * to the source but corroborated, 4 not known personally to the source and not corroborated. Written
 * in JSON as the digit ("1".."4").
 */
public enum InformationAssessment {
    @JsonProperty("1") CONFIRMED,
    @JsonProperty("2") KNOWN_TO_SOURCE,
    @JsonProperty("3") CORROBORATED,
    @JsonProperty("4") NOT_CORROBORATED;

    /** The digit as written in messages and shown to officers. */
    public String code() {
        return String.valueOf(ordinal() + 1);
    }
}
