package nl.slimmehandhaving.monitoring;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MonitoringService {

    private final ComplianceCheckRepository checks;

    MonitoringService(ComplianceCheckRepository checks) {
        this.checks = checks;
    }

    public void recordCheck(Long caseId, int pyramidLevel, boolean compliant, String notes, String caseworker) {
        checks.save(new ComplianceCheck(caseId, pyramidLevel, compliant, notes, caseworker));
    }

    @Transactional(readOnly = true)
    public List<ComplianceCheck> checksOf(Long caseId) {
        return checks.findByCaseIdOrderByCheckedAtAscIdAsc(caseId);
    }
}
