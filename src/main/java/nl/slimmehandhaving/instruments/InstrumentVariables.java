package nl.slimmehandhaving.instruments;

/** Variable names around instrument choice and InstrumentExecutionProcess (docs/process-model.md). */
public final class InstrumentVariables {

    public static final String INSTRUMENT_PROPOSAL = "instrumentProposal";
    public static final String INSTRUMENT_DECISION_ID = "instrumentDecisionId";
    public static final String PROPOSED_INSTRUMENTS_TEXT = "proposedInstrumentsText";
    public static final String APPROACH = "approach";
    public static final String CHOSEN_INSTRUMENTS = "chosenInstruments";
    public static final String INSTRUMENT_CHANGE_REASON = "instrumentChangeReason";
    public static final String INSTRUMENT = "instrument";
    public static final String EXECUTION_NOTES = "executionNotes";

    private InstrumentVariables() {
    }
}
