package nl.slimmehandhaving.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactMomentRepository extends JpaRepository<ContactMoment, Long> {

    List<ContactMoment> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);
}
