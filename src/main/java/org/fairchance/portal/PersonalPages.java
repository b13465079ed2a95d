package org.fairchance.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.portal.EmployerLinks.Verified;
import org.fairchance.portal.FormPages.BadSubmission;
import org.fairchance.portal.FormSchema.Validation;
import org.fairchance.reminders.JourneyMail;
import org.fairchance.reminders.MailRecipient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's personal page ({@code /portal/<token>}): the open tasks of the journey the token
 * names, each with its form. A task of another journey, a task already done, a damaged token: a
 * page that says so, and nothing changes. An expired token offers a fresh link, sent to the address
 * on file.
 */
@Controller
class PersonalPages {

  /** The mail with a fresh link (templates/mail/portal-link.*). */
  static final String MAIL_PORTAL_LINK = "portal-link";

  private final EmployerLinks links;
  private final JourneyTasks tasks;
  private final TaskService taskService;
  private final FormPages pages;
  private final FeelConditions conditions;
  private final PortalRequests requests;
  private final PortalProperties properties;
  private final JourneyMail mail;
  private final Clock clock;

  PersonalPages(
      EmployerLinks links,
      JourneyTasks tasks,
      TaskService taskService,
      FormPages pages,
      FeelConditions conditions,
      PortalRequests requests,
      PortalProperties properties,
      JourneyMail mail,
      Clock clock) {
    this.links = links;
    this.tasks = tasks;
    this.taskService = taskService;
    this.pages = pages;
    this.conditions = conditions;
    this.requests = requests;
    this.properties = properties;
    this.mail = mail;
    this.clock = clock;
  }

  @GetMapping("/portal/{token}")
  String tasks(@PathVariable String token, Model model, HttpServletResponse response) {
    Verified link = links.verify(token);
    if (!link.usable()) {
      return linkProblem(link, token, model, response);
    }
    Map<String, Object> journey = tasks.journeyVariables(link.businessKey());
    model.addAttribute("title", "Your fair-chance page");
    model.addAttribute("employerName", journey.get(Variables.EMPLOYER_NAME));
    model.addAttribute("reference", link.businessKey());
    model.addAttribute("token", token);
    model.addAttribute("tasks", tasks.openTasks(link.businessKey()));
    return "portal/tasks";
  }

  @GetMapping("/portal/{token}/tasks/{taskId}")
  String task(
      @PathVariable String token,
      @PathVariable String taskId,
      Model model,
      HttpServletResponse response) {
    Verified link = links.verify(token);
    if (!link.usable()) {
      return linkProblem(link, token, model, response);
    }
    Task task = tasks.openTask(link.businessKey(), taskId);
    if (task == null) {
      return taskGone(token, model, response);
    }
    FormSchema form = tasks.taskForm(taskId);
    model.addAttribute("back", "/portal/" + token);
    return pages.form(
        model,
        task.getName(),
        form,
        tasks.shownVariables(taskId, form),
        Map.of(),
        null,
        "/portal/" + token + "/tasks/" + taskId);
  }

  @PostMapping("/portal/{token}/tasks/{taskId}")
  String complete(
      @PathVariable String token,
      @PathVariable String taskId,
      @RequestParam(name = "values", defaultValue = "") String submitted,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Verified link = links.verify(token);
    if (!link.usable()) {
      return linkProblem(link, token, model, response);
    }
    Task task = tasks.openTask(link.businessKey(), taskId);
    if (task == null) {
      return taskGone(token, model, response);
    }
    FormSchema form = tasks.taskForm(taskId);
    Map<String, Object> shown = tasks.shownVariables(taskId, form);
    String action = "/portal/" + token + "/tasks/" + taskId;
    model.addAttribute("back", "/portal/" + token);
    Map<String, Object> values;
    try {
      values = pages.read(submitted);
    } catch (BadSubmission bad) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return pages.form(model, task.getName(), form, shown, Map.of(), bad.getMessage(), action);
    }
    Validation checked = form.validate(values, shown, conditions, LocalDate.now(clock));
    if (!checked.valid()) {
      Map<String, Object> again = new LinkedHashMap<>(shown);
      again.putAll(checked.values());
      response.setStatus(
          checked.unknownFields().isEmpty()
              ? HttpStatus.UNPROCESSABLE_ENTITY.value()
              : HttpStatus.BAD_REQUEST.value());
      return pages.form(
          model,
          task.getName(),
          form,
          again,
          checked.errors(),
          checked.unknownFields().isEmpty()
              ? "Some answers need another look; see the notes next to them."
              : "The form sent answers it does not ask for. Please reload the page.",
          action);
    }
    try {
      taskService.complete(taskId, checked.variables());
    } catch (ProcessEngineException doneMeanwhile) {
      // Completed in another tab a moment ago: the first answer stands.
      return taskGone(token, model, response);
    }
    redirect.addFlashAttribute("done", task.getName());
    return "redirect:/portal/" + token;
  }

  @PostMapping("/portal/{token}/fresh-link")
  String freshLink(
      @PathVariable String token,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Verified link = links.verify(token);
    if (!link.authentic()) {
      return linkProblem(link, token, model, response);
    }
    String client = request.getRemoteAddr();
    if (!requests.allowed(PortalRequests.FRESH_LINK, client, properties.freshLinksPerAddress())) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return FormPages.message(
          model,
          HttpStatus.TOO_MANY_REQUESTS,
          "Please wait a little",
          "New links were asked for several times in the last hour. Please look for them in your"
              + " mail, or try again later.");
    }
    requests.count(PortalRequests.FRESH_LINK, client);
    Map<String, Object> journey = tasks.journeyVariables(link.businessKey());
    if (journey.get(Variables.CONTACT_EMAIL) instanceof String address && !address.isBlank()) {
      mail.record(
          MAIL_PORTAL_LINK,
          MailRecipient.EMPLOYER,
          journey,
          link.businessKey(),
          tasks.journeyInstanceId(link.businessKey()),
          MAIL_PORTAL_LINK + ":" + link.businessKey() + ":" + UUID.randomUUID(),
          null,
          Map.of("linkValidDays", properties.linkValidity().toDays()));
    }
    // The same words whether or not an address was found: the page reveals nothing.
    return FormPages.message(
        model,
        HttpStatus.OK,
        "A new link is on its way",
        "We sent a new link to the e-mail address we have for this page. It arrives in a few"
            + " minutes. Nothing arrived? Please call us.");
  }

  private String linkProblem(
      Verified link, String token, Model model, HttpServletResponse response) {
    if (link.authentic() && link.expired()) {
      response.setStatus(HttpStatus.GONE.value());
      model.addAttribute("freshLink", "/portal/" + token + "/fresh-link");
      return FormPages.message(
          model,
          HttpStatus.GONE,
          "This link has expired",
          "For your security, personal links work for a limited time. We can send a new link to"
              + " the e-mail address we have for you.");
    }
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return FormPages.message(
        model,
        HttpStatus.NOT_FOUND,
        "This link does not work",
        "Please open the link exactly as it is in our e-mail; copying it may cut it short. If it"
            + " still does not work, please call us.");
  }

  private String taskGone(String token, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("back", "/portal/" + token);
    return FormPages.message(
        model,
        HttpStatus.NOT_FOUND,
        "Nothing to answer here",
        "This question is already answered, or it is not part of your page. Nothing was changed."
            + " Your open questions are on your page.");
  }
}
