package nl.slimmehandhaving.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRepository extends JpaRepository<Signal, Long> {

    Optional<Signal> findByOrganisationAndExternalReference(String organisation, String externalReference);

    List<Signal> findByCaseId(Long caseId);
}
