package org.blohub.adapters.canonical;

/**
 * How reliable the source of an item is, first half of the 4x4 evaluation used in European police
 * co-operation: A no doubt about the source, B mostly reliable, C mostly not reliable, X cannot be judged.
 */
public enum SourceReliability {
    A,
    B,
    C,
    X
}
