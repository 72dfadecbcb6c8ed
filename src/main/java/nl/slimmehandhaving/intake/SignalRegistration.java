package nl.slimmehandhaving.intake;

/** The answer to a registered signal: the case it opened, or the case of the same signal seen earlier. */
public record SignalRegistration(String caseNumber, boolean duplicate) {
}
