package org.blohub.hub.registry;

/** The priorities an agreement can set a reply limit for (same names as the canonical model's priorities). */
public enum Priority {
    FLASH,
    IMMEDIATE,
    ROUTINE
}
