package nl.slimmehandhaving.clients;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClientService {

    private final ClientRepository clients;
    private final BsnHasher hasher;

    ClientService(ClientRepository clients, BsnHasher hasher) {
        this.clients = clients;
        this.hasher = hasher;
    }

    /** The organisation's client with this BSN, created on first sight; name and channel kept current. */
    @Transactional
    public Client findOrRegister(String organisation, Bsn bsn, String name, String preferredChannel) {
        String hash = hasher.hash(bsn);
        Client client = clients.findByOrganisationAndBsnHash(organisation, hash)
                .orElseGet(() -> clients.save(new Client(organisation, hash, bsn.masked(), name, preferredChannel)));
        client.updateContactDetails(name, preferredChannel);
        return client;
    }

    @Transactional(readOnly = true)
    public Client get(Long id) {
        return clients.findById(id).orElseThrow();
    }
}
