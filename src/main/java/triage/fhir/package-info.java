/**
 * HL7 FHIR R4: the questionnaire as a {@code Questionnaire} whose {@code enableWhen} and SDC
 * expressions follow the step rule, verdicts as {@code QuestionnaireResponse}s, and answers read
 * back from them. Plain JSON, written and read with Jackson's streaming API: no FHIR library is
 * loaded.
 */
package triage.fhir;
