package nl.slimmehandhaving.clients;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The benefit recipient (uitkeringsgerechtigde) as known to one organisation. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String organisation;
    private String bsnHash;
    private String bsnMasked;
    private String name;
    private String preferredChannel;
    private OffsetDateTime createdAt;

    protected Client() {
    }

    Client(String organisation, String bsnHash, String bsnMasked, String name, String preferredChannel) {
        this.organisation = organisation;
        this.bsnHash = bsnHash;
        this.bsnMasked = bsnMasked;
        this.name = name;
        this.preferredChannel = preferredChannel;
        this.createdAt = OffsetDateTime.now();
    }

    void updateContactDetails(String name, String preferredChannel) {
        this.name = name;
        if (preferredChannel != null) {
            this.preferredChannel = preferredChannel;
        }
    }

    public Long getId() {
        return id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBsnMasked() {
        return bsnMasked;
    }

    public String getName() {
        return name;
    }

    public String getPreferredChannel() {
        return preferredChannel;
    }
}
