package org.fairchance.cohorts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fairchance.cohorts.CohortTable.Cohort;
import org.fairchance.cohorts.CohortTable.Session;
import org.fairchance.onboarding.AppointmentTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cohort pages for managers and chamber staff: every cohort, and one cohort's members with each
 * member's stage and open tasks, its workshop sessions, and the changes staff make to both. A
 * change that cannot be made shows why, with what was typed kept in the form.
 */
@Controller
class CohortPages {

  /** A session as the page shows it, its start in words. */
  record SessionView(Session session, String label) {}

  private final Cohorts cohorts;
  private final MemberStages stages;
  private final Clock clock;

  CohortPages(Cohorts cohorts, MemberStages stages, Clock clock) {
    this.cohorts = cohorts;
    this.stages = stages;
    this.clock = clock;
  }

  @GetMapping("/manage/cohorts")
  String list(Model model) {
    model.addAttribute("cohorts", cohorts.all());
    return "manage/cohorts";
  }

  @GetMapping("/manage/cohorts/{id}")
  String show(@PathVariable String id, Model model) {
    Cohort cohort =
        cohorts
            .find(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such cohort"));
    List<Session> sessions = cohorts.sessions(id);
    model.addAttribute("cohort", cohort);
    model.addAttribute(
        "sessions",
        sessions.stream()
            .map(
                s ->
                    new SessionView(
                        s, new AppointmentTime(s.startsAt().atZone(clock.getZone())).label()))
            .toList());
    model.addAttribute("members", stages.of(cohorts.members(id)));
    model.addAttribute(
        "otherCohorts",
        cohorts.all().stream().filter(c -> c.open() && !c.id().equals(id)).toList());
    return "manage/cohort";
  }

  @PostMapping("/manage/cohorts/{id}/members")
  String join(
      @PathVariable String id, @RequestParam String businessKey, RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of("businessKey", businessKey),
        () -> cohorts.join(id, businessKey).employerName() + " joined the cohort.");
  }

  @PostMapping("/manage/cohorts/{id}/members/{businessKey}/move")
  String move(
      @PathVariable String id,
      @PathVariable String businessKey,
      @RequestParam String toCohort,
      RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, businessKey, null);
          return cohorts.move(businessKey, toCohort).employerName()
              + " moved to "
              + cohorts.find(toCohort).map(Cohort::name).orElse(toCohort)
              + ".";
        });
  }

  @PostMapping("/manage/cohorts/{id}/members/{businessKey}/leave")
  String leave(
      @PathVariable String id, @PathVariable String businessKey, RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, businessKey, null);
          return cohorts.leave(businessKey).employerName() + " left the cohort.";
        });
  }

  @PostMapping("/manage/cohorts/{id}/sessions")
  String schedule(
      @PathVariable String id,
      @RequestParam String start,
      @RequestParam String place,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of("start", start, "place", place, "note", note == null ? "" : note),
        () ->
            "Session scheduled; "
                + invited(cohorts.scheduleSession(id, start, place, note).reached()));
  }

  @PostMapping("/manage/cohorts/{id}/sessions/{sessionId}/move")
  String moveSession(
      @PathVariable String id,
      @PathVariable String sessionId,
      @RequestParam String start,
      @RequestParam String place,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, null, sessionId);
          return "Session moved; "
              + invited(cohorts.moveSession(sessionId, start, place, note).reached());
        });
  }

  @PostMapping("/manage/cohorts/{id}/sessions/{sessionId}/invite")
  String inviteWaiting(
      @PathVariable String id, @PathVariable String sessionId, RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, null, sessionId);
          return invited(cohorts.inviteWaitingMembers(sessionId).reached());
        });
  }

  @PostMapping("/manage/cohorts/{id}/sessions/{sessionId}/cancel")
  String cancelSession(
      @PathVariable String id, @PathVariable String sessionId, RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, null, sessionId);
          return "Session cancelled; "
              + cohorts.cancelSession(sessionId).reached()
              + " member(s) wait for a new session.";
        });
  }

  @PostMapping("/manage/cohorts/{id}/sessions/{sessionId}/attendance")
  String attendance(
      @PathVariable String id,
      @PathVariable String sessionId,
      @RequestParam(name = "attended", required = false) List<String> attended,
      RedirectAttributes redirect) {
    return change(
        id,
        redirect,
        Map.of(),
        () -> {
          cohorts.checkBelongs(id, null, sessionId);
          Cohorts.AttendanceResult result =
              cohorts.recordAttendance(sessionId, attended == null ? List.of() : attended);
          String notWaiting =
              result.notWaiting().isEmpty()
                  ? ""
                  : " Not waiting for this session's attendance (not registered for it, or their"
                      + " stage has not yet noticed the session began: record again in a minute): "
                      + String.join(
                          ", ",
                          result.notWaiting().stream()
                              .map(CohortTable.Member::employerName)
                              .toList())
                      + ".";
          return result.attended()
              + " attended, "
              + result.missed()
              + " missed the session."
              + notWaiting;
        });
  }

  private static String invited(int reached) {
    return reached + " member(s) invited.";
  }

  private static String change(
      String cohortId,
      RedirectAttributes redirect,
      Map<String, String> typed,
      Supplier<String> change) {
    try {
      redirect.addFlashAttribute("notice", change.get());
    } catch (CohortException refused) {
      redirect.addFlashAttribute("error", refused.getMessage());
      redirect.addFlashAttribute("typed", typed);
    }
    return "redirect:/manage/cohorts/" + cohortId;
  }
}
