/**
 * The test pages: taking a test one question at a time (test/test.xhtml), with each answer saved on the server as
 * the learner moves on, and the review that follows the test's feedback mode. Thin: the rules live in
 * {@link no.laeringsarena.assessment.AttemptService}.
 */
package no.laeringsarena.assessment.web;
