package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fairchance.portal.EmployerLinks;
import org.fairchance.portal.PortalProperties;
import org.fairchance.system.ChamberProperties;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  static final ChamberProperties CHAMBER =
      new ChamberProperties(
          "Greater Metro Chamber",
          "https://onboarding.chamber.example",
          "/logo.svg",
          "816-555-0100");

  final MailTemplates templates = mailTemplates();

  /** The templates as the application renders them, for the chamber above, in Chicago time. */
  static MailTemplates mailTemplates() {
    return new MailTemplates(
        CHAMBER,
        new EmployerLinks(
            new PortalProperties(PortalProperties.DEMO_LINK_SECRET, Duration.ofDays(30)),
            CHAMBER,
            Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC)),
        new BusinessHoursSettings(
            BusinessDaysTest.CHICAGO,
            java.time.LocalTime.of(9, 0),
            java.time.LocalTime.of(17, 0),
            java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
            java.util.List.of()));
  }

  @Test
  void escapesWhatTheEmployerTypedInTheHtmlVersion() {
    RenderedMail mail =
        templates.render(
            MailKinds.EMPLOYER_TASK,
            "FC-2026-ABCDEF",
            Map.of(
                "employerName", "<script>alert('x')</script> & Sons",
                "contactName", "Dana <b>Reyes</b>",
                "taskName", "Confirm your fair-chance policy: <i>Acme</i>",
                "taskDue", "2026-11-30T16:00:00Z"));

    assertThat(mail.html())
        .doesNotContain("<script>", "<b>Reyes</b>", "<i>Acme</i>")
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons",
            "Dana &lt;b&gt;Reyes&lt;/b&gt;");
    assertThat(mail.text()).contains("<script>alert('x')</script> & Sons");
    assertThat(mail.subject()).doesNotContain("\n");
  }

  @Test
  void carriesAFreshPersonalLinkAndTheDueDateInTheChambersWords() {
    RenderedMail mail =
        templates.render(
            MailKinds.EMPLOYER_TASK,
            "FC-2026-ABCDEF",
            Map.of(
                "employerName", "Acme Tools",
                "contactName", "Dana",
                "taskName", "Confirm your fair-chance policy: Acme Tools",
                "taskDue", "2026-11-30T16:00:00Z"));

    assertThat(mail.text())
        .contains("https://onboarding.chamber.example/portal/", "Monday, November 30, 2026");
    assertThat(mail.html()).contains("href=\"https://onboarding.chamber.example/portal/");
    assertThat(mail.subject())
        .isEqualTo("Greater Metro Chamber: Confirm your fair-chance policy: Acme Tools");
  }

  @Test
  void refusesAKindWithoutTemplatesWithAClearMessage() {
    assertThatThrownBy(() -> templates.render("no-such-kind", "FC-1", Map.of()))
        .hasMessageContaining("No templates for mail kind 'no-such-kind'");
  }

  @Test
  void everyMailKindTheModelsOrTheCodeSendHasItsThreeTemplates() throws Exception {
    Set<String> kinds = new TreeSet<>(mailKindsInModels());
    kinds.addAll(constants(MailKinds.class));
    assertThat(kinds).isNotEmpty();

    assertThat(kinds.stream().filter(kind -> !templates.exists(kind)).toList())
        .as("mail kinds without subject, text and HTML templates in templates/mail/")
        .isEmpty();
  }

  static Set<String> mailKindsInModels() throws IOException {
    Pattern parameter = Pattern.compile("name=\"mailKind\">([^<]+)<");
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = parameter.matcher(Files.readString(file));
        while (matcher.find()) {
          kinds.add(matcher.group(1).trim());
        }
      }
    }
    return kinds;
  }

  static Set<String> constants(Class<?> holder) throws IllegalAccessException {
    Set<String> values = new TreeSet<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
