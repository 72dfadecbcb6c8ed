package nl.slimmehandhaving.cases;

/** No case with that number that the current user may see; answered as 404 either way. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("Zaak " + caseNumber + " niet gevonden / case not found");
    }
}
