package nl.slimmehandhaving.organisations;

/** Group ids used for authorization (besides the per-organisation groups of {@link Organisation}). */
public final class Groups {

    /** Suffix of the caseworker group of an organisation: {@code <organisation>-handhavers}. */
    public static final String CASEWORKER_SUFFIX = "-handhavers";
    /** Suffix of the senior caseworker group of an organisation: {@code <organisation>-senior-handhavers}. */
    public static final String SENIOR_CASEWORKER_SUFFIX = "-senior-handhavers";

    /** Auditors: read-only access to history of all organisations (Cockpit). */
    public static final String AUDITORS = "auditors";
    /** Process owners: deploy and manage models (Cockpit, deployment), no casework. */
    public static final String PROCESS_OWNERS = "procesbeheerders";
    /** Camunda's administrator group ({@link org.camunda.bpm.engine.authorization.Groups#CAMUNDA_ADMIN}). */
    public static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private Groups() {
    }

    public static boolean isCaseworkerGroup(String groupId) {
        return groupId != null && groupId.endsWith(CASEWORKER_SUFFIX) && !groupId.endsWith(SENIOR_CASEWORKER_SUFFIX);
    }

    public static boolean isSeniorCaseworkerGroup(String groupId) {
        return groupId != null && groupId.endsWith(SENIOR_CASEWORKER_SUFFIX);
    }
}
