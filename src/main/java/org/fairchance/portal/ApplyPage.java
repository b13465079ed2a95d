package org.fairchance.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fairchance.portal.Applications.AlreadySubmitted;
import org.fairchance.portal.FormPages.BadSubmission;
import org.fairchance.portal.FormSchema.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public application page: the journey's start form, rendered from the deployed form file.
 * Guarded by a size limit, a limit of applications per client address, a field only robots fill in,
 * and a submission key that makes a repeated submit start nothing new.
 */
@Controller
class ApplyPage {

  private static final Logger LOG = LoggerFactory.getLogger(ApplyPage.class);
  private static final Pattern SUBMISSION_KEY = Pattern.compile("[0-9a-f-]{36}");
  private static final String TITLE = "Apply to the fair-chance hiring initiative";

  private final JourneyTasks tasks;
  private final Applications applications;
  private final PortalRequests requests;
  private final FormPages pages;
  private final FeelConditions conditions;
  private final PortalProperties properties;
  private final Clock clock;

  ApplyPage(
      JourneyTasks tasks,
      Applications applications,
      PortalRequests requests,
      FormPages pages,
      FeelConditions conditions,
      PortalProperties properties,
      Clock clock) {
    this.tasks = tasks;
    this.applications = applications;
    this.requests = requests;
    this.pages = pages;
    this.conditions = conditions;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/apply")
  String form(Model model) {
    model.addAttribute("submissionKey", UUID.randomUUID().toString());
    model.addAttribute("honeypot", true);
    return pages.form(model, TITLE, tasks.applicationForm(), Map.of(), Map.of(), null, "/apply");
  }

  @PostMapping("/apply")
  String submit(
      @RequestParam(name = "values", defaultValue = "") String submitted,
      @RequestParam(name = "submissionKey", defaultValue = "") String submissionKey,
      @RequestParam(name = "website", defaultValue = "") String trap,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    if (!trap.isEmpty()) {
      // Only a robot fills in a field people cannot see: it gets the usual answer, and nothing.
      LOG.info("An application that filled in the robot trap was ignored");
      return "redirect:/apply/received";
    }
    if (!SUBMISSION_KEY.matcher(submissionKey).matches()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return FormPages.message(
          model,
          HttpStatus.BAD_REQUEST,
          "This page is out of date",
          "Please open the application page again and fill it in there.");
    }
    if (requests.journeyOf(submissionKey).isPresent()) {
      return "redirect:/apply/received";
    }
    FormSchema form = tasks.applicationForm();
    Map<String, Object> values;
    try {
      values = pages.read(submitted);
    } catch (BadSubmission bad) {
      return again(
          model, response, HttpStatus.BAD_REQUEST, form, Map.of(), Map.of(), bad, submissionKey);
    }
    Validation checked = form.validate(values, Map.of(), conditions, LocalDate.now(clock));
    if (!checked.unknownFields().isEmpty()) {
      return again(
          model,
          response,
          HttpStatus.BAD_REQUEST,
          form,
          checked.values(),
          Map.of(),
          new BadSubmission("The form sent answers it does not ask for. Please reload the page."),
          submissionKey);
    }
    if (!checked.valid()) {
      return again(
          model,
          response,
          HttpStatus.UNPROCESSABLE_ENTITY,
          form,
          checked.values(),
          checked.errors(),
          new BadSubmission("Some answers need another look; see the notes next to them."),
          submissionKey);
    }
    String client = request.getRemoteAddr();
    if (!requests.allowed(PortalRequests.APPLY, client, properties.applicationsPerAddress())) {
      return again(
          model,
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          form,
          checked.values(),
          Map.of(),
          new BadSubmission(
              "We received several applications from your network in the last hour. Please try"
                  + " again later, or call us."),
          submissionKey);
    }
    try {
      String businessKey = applications.start(submissionKey, checked.variables(), client);
      redirect.addFlashAttribute("reference", businessKey);
    } catch (AlreadySubmitted twice) {
      // The first submit's journey stands; this one changed nothing.
    }
    return "redirect:/apply/received";
  }

  private String again(
      Model model,
      HttpServletResponse response,
      HttpStatus status,
      FormSchema form,
      Map<String, Object> values,
      Map<String, List<String>> errors,
      BadSubmission problem,
      String submissionKey) {
    response.setStatus(status.value());
    model.addAttribute("submissionKey", submissionKey);
    model.addAttribute("honeypot", true);
    return pages.form(model, TITLE, form, values, errors, problem.getMessage(), "/apply");
  }

  /** A post the portal's security refused: no valid CSRF token (a forged or a very old page). */
  @RequestMapping(PortalSecurity.REFUSED_PAGE)
  String refused(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return FormPages.message(
        model,
        HttpStatus.FORBIDDEN,
        "This page could not be sent",
        "The page was open for a very long time, or your browser does not keep our cookies. Nothing"
            + " was changed. Please open the page again from the link you have and send it once"
            + " more.");
  }

  @GetMapping("/apply/received")
  String received() {
    return "portal/received";
  }
}
