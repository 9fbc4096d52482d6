package org.blohub.adapters.canonical;

/** Kind of identity or travel document. */
public enum DocumentKind {
    PASSPORT,
    NATIONAL_ID,
    BORDER_PASS,
    VISA,
    DRIVING_LICENCE,
    SEAFARER_BOOK,
    OTHER
}
