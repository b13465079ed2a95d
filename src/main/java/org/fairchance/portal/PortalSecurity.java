package org.fairchance.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the employer portal: open to everyone (the token in the address is the employer's
 * key), CSRF protection on every form post, our own scripts and styles only, no framing, and no
 * referrer, so the token never travels to another site.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Where a post without a valid CSRF token is answered. */
  static final String REFUSED_PAGE = "/apply/refused";

  /**
   * The CSRF token in a cookie of its own rather than in the session, so a form left open longer
   * than a session lasts can still be sent. Its own name, so it never meets the Camunda web apps'.
   */
  static CookieCsrfTokenRepository csrfTokens() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName("FAIRCHANCE-PORTAL-CSRF");
    tokens.setParameterName("_csrf");
    tokens.setCookiePath("/");
    return tokens;
  }

  /**
   * Sets the CSRF cookie before the page is written: a form page is long, and a cookie added once
   * the response is under way would never reach the browser.
   */
  static final class CsrfCookieFirst extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }

  @Bean
  @Order(2)
  SecurityFilterChain portalPages(HttpSecurity http) throws Exception {
    http.securityMatcher("/apply", "/apply/**", "/portal/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
        .addFilterAfter(new CsrfCookieFirst(), CsrfFilter.class)
        .exceptionHandling(
            refused -> {
              AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
              page.setErrorPage(REFUSED_PAGE);
              refused.accessDeniedHandler(page);
            })
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }
}
