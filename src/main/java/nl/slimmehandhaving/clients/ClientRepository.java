package nl.slimmehandhaving.clients;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, Long> {

    Optional<Client> findByOrganisationAndBsnHash(String organisation, String bsnHash);
}
