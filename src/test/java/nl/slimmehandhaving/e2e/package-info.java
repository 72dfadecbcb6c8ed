/**
 * Browser tests of the real Camunda webapps and pages, run only by {@code mvn verify -Pe2e} (failsafe,
 * {@code *E2E.java}) against the application on a random port in Debian's chromium + chromium-driver.
 * Extend {@link nl.slimmehandhaving.e2e.BrowserTest}; drive Tasklist through {@link nl.slimmehandhaving.e2e.Tasklist};
 * set up the case up to the step under test with {@code CaseworkSteps} (server side, as named users) and call
 * {@code CaseworkerActions.runJobs(caseNumber)} after a browser step that ends in an asynchronous continuation
 * (the job executor is off in tests).
 *
 * <h2>Extension points (issue 7), built together with the features they test</h2>
 * <ul>
 *   <li><b>Four-eyes approval of a sanction</b> ({@code SanctionApprovalE2E}, to be written with the sanction
 *       procedure): carla proposes the sanction in Tasklist, logs out; daan (senior caseworker, same organisation)
 *       logs in, finds the approval task in "Taken van mijn team", claims it and approves; assert through
 *       {@code GET /api/cases/{caseNumber}} that the approver differs from the proposer, and that carla cannot
 *       approve her own proposal (the refusal notification, task stays open).</li>
 *   <li><b>Auditor timeline</b> ({@code AuditPageE2E}, to be written with the {@code /audit} page): close a case
 *       with {@code CaseworkSteps}, log in as ruben (auditors), open the audit page of that case and assert its
 *       timeline lists the decisions with who took them; a caseworker gets no audit page.</li>
 * </ul>
 */
package nl.slimmehandhaving.e2e;
