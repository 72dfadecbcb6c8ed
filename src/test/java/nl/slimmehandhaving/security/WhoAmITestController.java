package nl.slimmehandhaving.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint (src/test, picked up by component scan in every test context alike, so it does not split the
 * context cache): shows what {@link CurrentUser} and the engine's current authentication say during an /api call.
 */
@RestController
class WhoAmITestController {

    static final String PATH = "/api/test/security/whoami";

    private final CurrentUser currentUser;
    private final IdentityService identityService;

    WhoAmITestController(CurrentUser currentUser, IdentityService identityService) {
        this.currentUser = currentUser;
        this.identityService = identityService;
    }

    @GetMapping(PATH)
    Map<String, Object> whoami() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", currentUser.userId());
        body.put("groupIds", new TreeSet<>(currentUser.groupIds()));
        body.put("tenantIds", new TreeSet<>(currentUser.tenantIds()));
        body.put("belongsToGroningen", currentUser.belongsTo("gemeente-groningen"));
        body.put("belongsToUtrecht", currentUser.belongsTo("gemeente-utrecht"));
        body.put("auditor", currentUser.isAuditor());
        Authentication engine = identityService.getCurrentAuthentication();
        body.put("engineUserId", engine == null ? null : engine.getUserId());
        body.put("engineTenantIds", engine == null ? null : new TreeSet<>(engine.getTenantIds()));
        body.put("engineGroupIds", engine == null ? null : new TreeSet<>(engine.getGroupIds()));
        return body;
    }
}
