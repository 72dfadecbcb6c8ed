/**
 * Browser tests of the real Camunda webapps and pages, run only by {@code mvn verify -Pe2e} (failsafe,
 * {@code *E2E.java}) against the application on a random port in Debian's chromium + chromium-driver.
 * Extend {@link nl.slimmehandhaving.e2e.BrowserTest}; drive Tasklist through {@link nl.slimmehandhaving.e2e.Tasklist};
 * set up the case up to the step under test with {@code CaseworkSteps} (server side, as named users) and call
 * {@code CaseworkerActions.runJobs(caseNumber)} after a browser step that ends in an asynchronous continuation
 * (the job executor is off in tests). Screenshots (and the page source) of every step land in
 * {@code target/e2e-screenshots/<class>-<method>/}.
 *
 * <h2>What the browser tests cover (issue 7)</h2>
 * <ul>
 *   <li>{@link nl.slimmehandhaving.e2e.CaseworkerTasklistE2E}: carla assesses a signal of her own organisation in
 *       "Taken van mijn team" (claim, Camunda Form, complete); Utrecht's signal is not listed.</li>
 *   <li>{@link nl.slimmehandhaving.e2e.PostureConfirmationE2E}: overriding the proposed posture without a reason is
 *       refused on screen and the task stays; with a reason the case moves on.</li>
 *   <li>{@link nl.slimmehandhaving.e2e.FourEyesApprovalE2E}: daan (senior) prepares a fine himself; his claim of
 *       "Besluit goedkeuren" is refused on screen ("Vier ogen"), the task stays open and unassigned; carla (no
 *       senior) does not see the task; gijs (a second Groningen senior, created by the test because the demo data
 *       has one senior per organisation) claims and approves it; the case file shows prepared by daan, approved by
 *       gijs, status AWAITING_OBJECTION, and a DECISION letter.</li>
 *   <li>{@link nl.slimmehandhaving.e2e.AuditorTimelineE2E}: a case closed with {@code CaseworkSteps}; ruben
 *       (auditors) searches it on {@code /audit}, opens its page and reads the Dutch timeline (signal, posture
 *       decision, outcome) and the BPMN diagrams drawn by bpmn-js with the passed elements marked. HTTP Basic is
 *       sent as an extra header through Chrome DevTools, so the page's own fetch of the diagrams is authenticated
 *       too.</li>
 * </ul>
 * <p>Not covered in the browser: a caseworker being refused the audit page (covered over HTTP by
 * {@code audit.AuditAccessTest}).
 */
package nl.slimmehandhaving.e2e;
