package org.fairchance.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs staff into our own pages with their Camunda login: the same users, passwords and groups as
 * Tasklist and Cockpit. Each Camunda group becomes the authority {@code GROUP_<id>}.
 */
@Component
public class CamundaIdentityAuthentication implements AuthenticationProvider {

  public static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  CamundaIdentityAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null
        || password == null
        || !identityService.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    return authenticated(user);
  }

  /** An authentication for a user whose identity is already proven (e.g. by a Cockpit session). */
  public UsernamePasswordAuthenticationToken authenticated(String user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
  }

  private List<GrantedAuthority> authorities(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
