/**
 * Tests and quizzes (tester): the grading engine for every question type, tests belonging to a course with their
 * questions, and learners' attempts with the answers saved as they go. Tests are seeded from {@code content/tester/}
 * (type {@code test}). Grading and the time limit are enforced here, on the server; learning events (answered,
 * passed/failed, completed) are fired in the transaction that records them.
 */
package no.laeringsarena.assessment;
