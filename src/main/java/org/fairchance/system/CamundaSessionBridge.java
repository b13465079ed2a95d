package org.fairchance.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A manager already signed in to Cockpit or Tasklist is signed in to our pages too: the Camunda web
 * apps keep their sign-in in the same HTTP session.
 */
class CamundaSessionBridge extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final CamundaIdentityAuthentication identity;

  CamundaSessionBridge(CamundaIdentityAuthentication identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var context = SecurityContextHolder.getContext();
    HttpSession session = request.getSession(false);
    if ((context.getAuthentication() == null || !context.getAuthentication().isAuthenticated())
        && session != null) {
      Authentications camunda = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user =
          camunda == null ? null : camunda.getAuthenticationForProcessEngine(ENGINE);
      if (user != null && user.getName() != null) {
        context.setAuthentication(identity.authenticated(user.getName()));
      }
    }
    chain.doFilter(request, response);
  }
}
