package nl.slimmehandhaving.cases;

public enum CaseStatus {
    OPEN, CLOSED
}
