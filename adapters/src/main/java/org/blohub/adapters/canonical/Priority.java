package org.blohub.adapters.canonical;

/** Delivery urgency, highest first. */
public enum Priority {
    FLASH,
    IMMEDIATE,
    ROUTINE
}
