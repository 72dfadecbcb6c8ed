package nl.slimmehandhaving.audit;

import java.util.List;

/**
 * The case being audited: its domain id and number, and every process instance that belongs to it (the main
 * process and all called processes, found by business key and root process instance).
 */
public record AuditedCase(Long caseId, String caseNumber, String organisation, String rootProcessInstanceId,
                          List<String> processInstanceIds) {
}
