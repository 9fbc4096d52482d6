package org.blohub.adapters.canonical;

/** Why a person appears in a message. */
public enum PersonRole {
    SUSPECT,
    ASSOCIATE,
    VICTIM,
    WITNESS,
    DRIVER,
    PASSENGER,
    OWNER,
    OTHER
}
