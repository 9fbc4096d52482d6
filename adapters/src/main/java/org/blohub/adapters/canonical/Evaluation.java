package org.blohub.adapters.canonical;

/**
 * The sender's 4x4 evaluation of a message or of one entity in it ("B2": a mostly reliable source,
 * information known personally to the source). Both halves are required when an evaluation is given.
 */
public record Evaluation(SourceReliability sourceReliability, InformationAssessment informationAssessment) {

    public Evaluation {
        MissingFieldException.requirePresent(sourceReliability, "sourceReliability");
        MissingFieldException.requirePresent(informationAssessment, "informationAssessment");
    }

    /** The two-character code, e.g. "B2". */
    public String code() {
        return sourceReliability.name() + informationAssessment.code();
    }
}
