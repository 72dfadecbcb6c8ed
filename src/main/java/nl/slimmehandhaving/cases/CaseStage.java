package nl.slimmehandhaving.cases;

public enum CaseStage {
    INTAKE, CONTACT, PROFILING, INSTRUMENT_CHOICE, EXECUTION, MONITORING, CLOSED
}
