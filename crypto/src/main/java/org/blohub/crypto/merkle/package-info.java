/**
 * Append-only RFC 9162 Merkle tree for the audit trail: hashing ({@link org.blohub.crypto.merkle.MerkleHashes}),
 * the tree over a {@link org.blohub.crypto.merkle.TreeHashStore} of perfect-subtree hashes
 * ({@link org.blohub.crypto.merkle.MerkleTree}), and verification of inclusion and consistency proofs.
 * Wire-level description: {@code docs/merkle-and-notes.md}.
 */
package org.blohub.crypto.merkle;
