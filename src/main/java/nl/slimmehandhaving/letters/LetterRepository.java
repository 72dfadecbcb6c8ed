package nl.slimmehandhaving.letters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {

    List<Letter> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    Optional<Letter> findByIdAndCaseId(Long id, Long caseId);
}
