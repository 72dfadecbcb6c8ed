package nl.slimmehandhaving.organisations;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, all with password {@value #PASSWORD}; DEMO ONLY. Created only when
 * {@code slimmehandhaving.demo-data.enabled=true} (default profile; false on the {@code postgres} profile).
 * Users get their organisations (tenants) through their groups (see {@link AuthorizationTable#tenantsOf}).
 * Runs after {@link OrganisationSetup} (order 0) and before {@code DemoCases}
 * ({@link OrganisationSetup#DEMO_CASES_ORDER}, 20). Idempotent: existing users are left as they are, missing group
 * memberships are added.
 */
@Component
@Order(DemoIdentities.ORDER)
@ConditionalOnProperty(name = "slimmehandhaving.demo-data.enabled", havingValue = "true")
public class DemoIdentities implements ApplicationRunner {

    public static final int ORDER = 10;
    public static final String PASSWORD = "demo";

    /** A demo user and their groups. */
    public record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("demo", "Demo", "Beheerder", "demo@slimmehandhaving.example",
                    List.of(Groups.CAMUNDA_ADMIN)),
            new DemoUser("anna", "Anna", "de Vries", "anna.devries@uwv.example",
                    List.of(Organisation.UWV.caseworkerGroup())),
            new DemoUser("bas", "Bas", "Jansen", "bas.jansen@uwv.example",
                    List.of(Organisation.UWV.caseworkerGroup(), Organisation.UWV.seniorCaseworkerGroup())),
            new DemoUser("carla", "Carla", "Bakker", "carla.bakker@groningen.example",
                    List.of(Organisation.GEMEENTE_GRONINGEN.caseworkerGroup())),
            new DemoUser("daan", "Daan", "Visser", "daan.visser@groningen.example",
                    List.of(Organisation.GEMEENTE_GRONINGEN.caseworkerGroup(),
                            Organisation.GEMEENTE_GRONINGEN.seniorCaseworkerGroup())),
            new DemoUser("eva", "Eva", "Smit", "eva.smit@utrecht.example",
                    List.of(Organisation.GEMEENTE_UTRECHT.caseworkerGroup())),
            new DemoUser("femke", "Femke", "Mulder", "femke.mulder@utrecht.example",
                    List.of(Organisation.GEMEENTE_UTRECHT.caseworkerGroup(),
                            Organisation.GEMEENTE_UTRECHT.seniorCaseworkerGroup())),
            new DemoUser("ruben", "Ruben", "Meijer", "ruben.meijer@slimmehandhaving.example",
                    List.of(Groups.AUDITORS)),
            new DemoUser("pim", "Pim", "de Boer", "pim.deboer@slimmehandhaving.example",
                    List.of(Groups.PROCESS_OWNERS)));

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

    private final IdentityService identityService;

    public DemoIdentities(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demoUser : USERS) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
                User user = identityService.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setEmail(demoUser.email());
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
            }
            for (String groupId : demoUser.groups()) {
                if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(groupId).count() == 0) {
                    identityService.createMembership(demoUser.id(), groupId);
                }
            }
        }
        LOG.warn("DEMO ONLY: demo users {} are present (see README); never enable demo data in production",
                USERS.stream().map(DemoUser::id).toList());
    }
}
