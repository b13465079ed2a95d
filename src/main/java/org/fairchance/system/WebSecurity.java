package org.fairchance.system;

import static org.springframework.security.config.Customizer.withDefaults;

import org.fairchance.identity.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of our own pages. The Camunda web apps ({@code /camunda}) and {@code /engine-rest}
 * secure themselves and are not touched here. Manager pages ({@code /manage}) need a Camunda login
 * of the {@code managers} group: a sign-in form, HTTP Basic for scripts, or an existing Cockpit
 * session. Every page gets a content security policy, no framing, and CSRF protection on changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

  static final String MANAGERS = CamundaIdentityAuthentication.GROUP_PREFIX + Groups.MANAGERS;

  /** Chamber staff work with cohorts too: the cohort pages are theirs as well as managers'. */
  static final String CHAMBER_STAFF =
      CamundaIdentityAuthentication.GROUP_PREFIX + Groups.CHAMBER_STAFF;

  /** Our pages load only our own scripts, styles and images. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain managerPages(HttpSecurity http, CamundaIdentityAuthentication identity)
      throws Exception {
    http.securityMatcher("/manage/**", "/login", "/logout")
        .authenticationProvider(identity)
        .addFilterBefore(
            new CamundaSessionBridge(identity), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login")
                    .permitAll()
                    .requestMatchers("/manage/cohorts", "/manage/cohorts/**")
                    .hasAnyAuthority(MANAGERS, CHAMBER_STAFF)
                    .requestMatchers("/manage/**")
                    .hasAuthority(MANAGERS)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/manage", false).permitAll())
        .httpBasic(withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(WebSecurity::migrationJson))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .headers(WebSecurity::pageHeaders);
    return http.build();
  }

  /**
   * The migration endpoints (org.fairchance.migration) take JSON from scripts with HTTP Basic. A
   * page on another site cannot send JSON without a CORS preflight we never allow, so they need no
   * CSRF token.
   */
  static boolean migrationJson(jakarta.servlet.http.HttpServletRequest request) {
    String type = request.getContentType();
    return request.getServletPath().startsWith("/manage/migration/")
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
  }

  static void pageHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }
}
