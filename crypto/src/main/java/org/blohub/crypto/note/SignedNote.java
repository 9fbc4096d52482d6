package org.blohub.crypto.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A c2sp.org/signed-note: a text ending in a newline, a blank line, then one or more signature lines.
 * Parsing checks the format only; {@link NoteVerifier} decides whether the signatures vouch for the text.
 */
public final class SignedNote {

    /** More than enough for a log signature and the cosignatures of a border region's peers. */
    public static final int MAX_SIGNATURES = 100;

    private final String text;
    private final List<NoteSignature> signatures;

    private SignedNote(String text, List<NoteSignature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} with each signer in turn. */
    public static SignedNote sign(String text, NoteSigner... signers) throws NoteFormatException {
        NoteText.requireValidText(text);
        List<NoteSignature> signatures = new ArrayList<>();
        for (NoteSigner signer : signers) {
            signatures.add(signer.sign(text));
        }
        return of(text, signatures);
    }

    /** A note from a text and its signatures, checking the text and the signature count. */
    public static SignedNote of(String text, List<NoteSignature> signatures) throws NoteFormatException {
        NoteText.requireValidText(text);
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new NoteFormatException("a signed note needs 1.." + MAX_SIGNATURES + " signatures but has "
                    + signatures.size());
        }
        return new SignedNote(text, signatures);
    }

    public static SignedNote parse(byte[] encoded) throws NoteFormatException {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(encoded))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new NoteFormatException("signed note is not valid UTF-8", e);
        }
    }

    public static SignedNote parse(String encoded) throws NoteFormatException {
        NoteText.requireValidCharacters(encoded, "signed note");
        int split = encoded.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteFormatException("signed note has no blank line before its signatures");
        }
        String text = encoded.substring(0, split + 1);
        String block = encoded.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new NoteFormatException("signed note must end with signature lines, each ending in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteFormatException("signed note has " + lines.length + " signatures, more than "
                    + MAX_SIGNATURES);
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(NoteSignature.parseLine(line));
        }
        return of(text, signatures);
    }

    /** The signed text, final newline included, separating blank line excluded. */
    public String text() {
        return text;
    }

    public List<NoteSignature> signatures() {
        return signatures;
    }

    /** This note with one more signature line at the end, as a cosigner adds its own. */
    public SignedNote withSignature(NoteSignature signature) throws NoteFormatException {
        List<NoteSignature> more = new ArrayList<>(signatures);
        more.add(signature);
        return of(text, more);
    }

    /** The note as text: the text, a blank line, the signature lines. */
    public String encoded() {
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> note.append(signature.line()));
        return note.toString();
    }

    public byte[] encodedBytes() {
        return encoded().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedNote that && text.equals(that.text) && signatures.equals(that.signatures);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + signatures.hashCode();
    }

    @Override
    public String toString() {
        return "SignedNote[" + signatures.size() + " signatures]";
    }
}
