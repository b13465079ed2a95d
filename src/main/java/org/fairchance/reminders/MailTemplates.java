package org.fairchance.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fairchance.portal.EmployerLinks;
import org.fairchance.system.ChamberProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail of a kind from its three templates in {@code templates/mail/}: {@code
 * <kind>.subject.txt}, {@code <kind>.txt} and {@code <kind>.html} (Thymeleaf; the HTML ones use
 * {@code layout.html}). Values the employer typed are escaped in HTML by {@code th:text}.
 *
 * <p>Templates see the message's model (the journey's values when it was recorded), {@code
 * chamber}, {@code link} (the employer's personal link, fresh at sending time) and {@code fmt}
 * (dates in the chamber's words and time zone).
 */
@Component
public class MailTemplates {

  private static final String FOLDER = "templates/mail/";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ChamberProperties chamber;
  private final EmployerLinks links;
  private final Formats formats;

  MailTemplates(ChamberProperties chamber, EmployerLinks links, BusinessHoursSettings hours) {
    this.chamber = chamber;
    this.links = links;
    this.formats = new Formats(hours.zone());
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  public RenderedMail render(String kind, String businessKey, Map<String, Object> model) {
    if (!exists(kind)) {
      throw new IllegalArgumentException(
          "No templates for mail kind '"
              + kind
              + "' in "
              + FOLDER
              + " ("
              + kind
              + ".subject.txt, "
              + kind
              + ".txt, "
              + kind
              + ".html)");
    }
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("chamber", chamber);
    variables.put("fmt", formats);
    variables.put("businessKey", businessKey);
    if (businessKey != null) {
      variables.put("link", links.link(businessKey));
    }
    Context context = new Context(Locale.US, variables);
    return new RenderedMail(
        engine.process(kind + ".subject.txt", context).strip().replaceAll("\\s+", " "),
        engine.process(kind + ".txt", context),
        engine.process(kind + ".html", context));
  }

  public boolean exists(String kind) {
    ClassLoader loader = MailTemplates.class.getClassLoader();
    return Set.of(".subject.txt", ".txt", ".html").stream()
        .allMatch(suffix -> loader.getResource(FOLDER + kind + suffix) != null);
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(FOLDER);
    resolver.setTemplateMode(mode);
    resolver.getResolvablePatternSpec().addPattern(pattern);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** Dates as people read them, in the chamber's time zone; the model keeps them as ISO text. */
  public static final class Formats {
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME =
        DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", Locale.US);

    private final ZoneId zone;

    Formats(ZoneId zone) {
      this.zone = zone;
    }

    public String date(Object value) {
      return format(value, DATE);
    }

    public String dateTime(Object value) {
      return format(value, DATE_TIME);
    }

    private String format(Object value, DateTimeFormatter formatter) {
      if (value == null) {
        return "";
      }
      String text = value.toString();
      try {
        return formatter.format(Instant.parse(text).atZone(zone));
      } catch (DateTimeParseException notAnInstant) {
        try {
          return formatter.format(LocalDate.parse(text).atStartOfDay(zone));
        } catch (DateTimeParseException notADate) {
          return text;
        }
      }
    }
  }
}
