package org.blohub.crypto.merkle;

/**
 * A Merkle tree operation was asked for something the tree cannot give (a leaf index or tree size
 * outside the tree, a hash of the wrong length), or its {@link TreeHashStore} lacks a hash it should hold.
 */
public class MerkleTreeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MerkleTreeException(String message) {
        super(message);
    }
}
