/**
 * Tests and quizzes (tester): the grading engine for every question type, tests belonging to a course with their
 * question bank (questions tagged with topic and difficulty, drawn at random per attempt by the test's rules, options
 * shuffled per attempt and the draw kept with the attempt), self-assessments (kartlegging) with a profile per
 * competence area, and learners' attempts with the answers saved as they go (on every change, except with immediate
 * feedback). A course may have one {@link no.laeringsarena.assessment.QuestionBank} that several of its tests draw
 * from (seeded from {@code content/sporsmalsbanker/}); a passed test completes the course's lessons of kind TEST. Tests are seeded from
 * {@code content/tester/} (type {@code test}); trainers import and export questions as Moodle GIFT, grade essays,
 * see item analysis and regrade ({@link no.laeringsarena.assessment.TestResultsService}). Grading and the time limit
 * are enforced here, on the server (expired attempts are submitted by {@link
 * no.laeringsarena.assessment.ExpiredAttemptCloser}); learning events (answered, passed/failed, completed) are fired
 * in the transaction that records them.
 */
package no.laeringsarena.assessment;
