package org.blohub.adapters.canonical;

/** Sex as recorded in the national document (ISO/IEC 5218 values, plus X as printed in some travel documents). */
public enum Sex {
    MALE,
    FEMALE,
    X,
    UNKNOWN
}
