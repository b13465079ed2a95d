package org.fairchance.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The logins of the demo run. Each password is the user name, as the README says. */
public final class DemoUsers {

  static final List<DemoUser> ALL =
      List.of(
          new DemoUser("staff", "Sam", "Staff", Groups.CHAMBER_STAFF),
          new DemoUser("reviewer", "Riley", "Reviewer", Groups.POLICY_REVIEWERS),
          new DemoUser("liaison", "Lee", "Liaison", Groups.REENTRY_LIAISON),
          new DemoUser("manager", "Morgan", "Manager", Groups.MANAGERS));

  /** Secrets that must never protect a production login. */
  public static Set<String> passwords() {
    return ALL.stream().map(DemoUser::password).collect(Collectors.toUnmodifiableSet());
  }

  /** The demo login of a group's member, for tests that log in as people do. */
  public static Optional<Login> loginFor(String groupId) {
    return ALL.stream()
        .filter(u -> u.groupId().equals(groupId))
        .map(u -> new Login(u.id(), u.password()))
        .findFirst();
  }

  public record Login(String user, String password) {}

  record DemoUser(String id, String firstName, String lastName, String groupId) {

    String password() {
      return id;
    }

    String email() {
      return id + "@chamber.example";
    }
  }

  private DemoUsers() {}
}
