package nl.slimmehandhaving.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    Optional<Outcome> findByCaseId(Long caseId);
}
