/**
 * C2SP signed notes with Ed25519 ({@link org.blohub.crypto.note.SignedNote},
 * {@link org.blohub.crypto.note.NoteSigner}, {@link org.blohub.crypto.note.NoteVerifier}), transparency log
 * checkpoints ({@link org.blohub.crypto.note.Checkpoint}) and timestamped cosignatures
 * ({@link org.blohub.crypto.note.Cosigner}). Wire-level description: {@code docs/merkle-and-notes.md}.
 */
package org.blohub.crypto.note;
