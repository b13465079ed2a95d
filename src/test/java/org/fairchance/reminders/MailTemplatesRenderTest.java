package org.fairchance.reminders;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every mail kind that has templates, from a journey that holds everything and from one
 * that holds almost nothing, and checks what any reader would notice: a broken subject, leftovers
 * of the template language, a personal link in an officer's mail, a missing reference.
 */
class MailTemplatesRenderTest {

  static final String KEY = "FC-2026-ABCDEF";

  static final Path FOLDER = Path.of("src/main/resources/templates/mail");

  /**
   * A journey late in its life, as {@link JourneyMail} hands it to the templates: every stage has
   * left its values (dates as ISO text, as the engine's dates become), the coordinator's name is
   * added.
   */
  static final Map<String, Object> JOURNEY =
      Map.ofEntries(
          entry("employerName", "Acme Tools & Dies of Greater Kansas City, LLC"),
          entry("contactName", "Dana Reyes"),
          entry("contactEmail", "dana.reyes@acme-tools.example"),
          entry("contactPhone", "816-555-0142"),
          entry("county", "Jackson"),
          entry("industry", "manufacturing"),
          entry("employeeCount", 48L),
          entry("stage", "Sustain review"),
          entry("coordinator", "sam"),
          entry("coordinatorName", "Sam Ortiz"),
          entry("coordinatorEmail", "sam.ortiz@chamber.example"),
          entry("eligibilityDecision", "accepted"),
          entry("eligibilityComment", "We accept members in good standing only."),
          entry("informationRequest", "How many people do you hire each year?"),
          entry("informationResponse", "About twenty, mostly on the night shift."),
          entry("followUpNote", "Called Dana, she was on leave until March."),
          entry("withdrawalReason", "We are not hiring this year after all.\nMaybe next spring."),
          entry("workshopSessionDateTime", "2026-03-10T14:30-05:00"),
          entry("workshopSessionStart", "2026-03-10T19:30:00Z"),
          entry("workshopSessionLabel", "Tuesday, March 10, 2026 at 2:30 PM"),
          entry("workshopPlace", "Chamber building, 30 W Pershing Rd, Room 204"),
          entry("workshopNoteToEmployer", "Parking is free in the garage on Main Street."),
          entry("workshopRegistration", "attending"),
          entry("workshopAttendeeCount", 2L),
          entry("workshopAttendeeRoles", "HR manager, plant supervisor"),
          entry("workshopNoShows", 1),
          entry("workshopNoShowNote", "Owner was ill; offer a morning session."),
          entry("workshopAttendedOn", "2026-04-07T19:30:00Z"),
          entry("localLawName", "Kansas City fair-chance ordinance"),
          entry("localLawApplies", true),
          entry("policyDocumentLink", "https://acme-tools.example/hr/fair-chance-policy.pdf"),
          entry("policyReviewDecision", "approved"),
          entry("policyReviewComments", "Please add the five-business-day wait."),
          entry("policyApprovedOn", "2026-04-21T15:12:00Z"),
          entry("officerMeetingDateTime", "2026-05-12T10:00-05:00"),
          entry("officerMeetingStart", "2026-05-12T15:00:00Z"),
          entry("officerMeetingLabel", "Tuesday, May 12, 2026 at 10:00 AM"),
          entry("officerMeetingPlace", "https://meet.example/fair-chance-acme-0512"),
          entry("officerName", "Jordan Lee"),
          entry("officerAgency", "probation-and-parole"),
          entry("officerOffice", "Jackson County District 4"),
          entry("officerEmail", "jordan.lee@corrections.example"),
          entry("officerPhone", "816-555-0177"),
          entry("officerMeetingConfirmation", "attending"),
          entry(
              "officerMeetingAttendees", "Dana Reyes (HR manager), Luis Moreno (plant supervisor)"),
          entry("officerMeetingEmployerNote", "Could we ask about curfews and night shifts?"),
          entry("officerMeetingNote", "Officer prefers phone calls before noon."),
          entry("referralPartner", "Second Chance Works"),
          entry("candidatesReferred", 4L),
          entry("hireStartDate", "2026-06-01T05:00:00Z"),
          entry("hireRole", "Machine operator"),
          entry("hireHourlyWage", 18.5),
          entry("hireEmploymentType", "full-time"),
          entry("bondRequested", true),
          entry("bondEndDate", "2026-12-01T06:00:00Z"),
          entry("wotcApplies", true),
          entry("wotcFormSent", false),
          entry("wotcDeadline", "2026-06-30T04:59:59Z"),
          entry("hireReportId", "7f3c2a9e-0b1d-4c55-9a8e-2d6b1f0c4e71"),
          entry("checkInDay", 90),
          entry("stillEmployed", "yes"),
          entry("helpWanted", "Advice on scheduling around reporting days."),
          entry("helpRequested", true),
          entry("hireStillEmployed", true),
          entry("retentionSummary", "- Day 30: still employed, $18.50 an hour"),
          entry("sustainDecision", "more-time"),
          entry("sustainNote", "Two more check-ins would show the hire is settled."),
          entry("recognized", false));

  /** What every journey holds from the application on. */
  static final Map<String, Object> NEARLY_EMPTY =
      Map.of("employerName", "Acme Tools", "contactName", "Dana Reyes");

  /** What the employer, staff or the liaison wrote for the chamber: never for an officer. */
  static final List<String> NOT_FOR_OFFICERS =
      List.of(
          "eligibilityComment",
          "informationResponse",
          "followUpNote",
          "withdrawalReason",
          "workshopNoShowNote",
          "policyReviewComments",
          "officerMeetingEmployerNote",
          "officerMeetingNote",
          "helpWanted",
          "retentionSummary",
          "sustainNote");

  /** What the code adds to the journey's values for the kinds it sends itself. */
  static final Map<String, Map<String, Object>> ADDED_BY_THE_SENDER =
      Map.of(
          MailKinds.EMPLOYER_TASK, task(),
          MailKinds.EMPLOYER_TASK_DUE_SOON, task(),
          MailKinds.EMPLOYER_TASK_OVERDUE, task(),
          MailKinds.STAFF_DIGEST, digest());

  static final Map<String, MailRecipient> RECIPIENTS = recipientsInModels();

  final MailTemplates templates = MailTemplatesTest.mailTemplates();

  static Stream<String> kinds() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> kinds =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".subject.txt"))
              .map(name -> name.substring(0, name.length() - ".subject.txt".length()))
              .sorted()
              .toList();
      assertThat(kinds).as("mail kinds in " + FOLDER).hasSizeGreaterThan(20);
      return kinds.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rendersFromAJourneyThatHoldsEverything(String kind) {
    Map<String, Object> model = new HashMap<>(JOURNEY);
    model.putAll(ADDED_BY_THE_SENDER.getOrDefault(kind, Map.of()));

    RenderedMail mail = rendersCleanly(kind, KEY, model);

    if (audience(kind) == MailRecipient.OFFICER) {
      for (String note : NOT_FOR_OFFICERS) {
        String value = (String) JOURNEY.get(note);
        assertThat(List.of(mail.subject(), mail.text(), mail.html()))
            .as("%s shows %s", kind, note)
            .noneMatch(part -> part.contains(value.lines().findFirst().orElseThrow()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rendersFromAJourneyThatHoldsAlmostNothing(String kind) {
    rendersCleanly(kind, KEY, NEARLY_EMPTY);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rendersWithoutABusinessKey(String kind) {
    rendersCleanly(kind, null, NEARLY_EMPTY);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void escapesInTheHtmlEverythingAJourneyHolds(String kind) {
    Map<String, Object> typed = new HashMap<>();
    JOURNEY.forEach(
        (name, value) ->
            typed.put(name, value instanceof String text ? text + " <i>x</i>" : value));

    RenderedMail mail = templates.render(kind, KEY, typed);

    assertThat(mail.html()).doesNotContain("<i>x</i>");
  }

  @Test
  void officerMailsAreTheKindsTheModelsSendToOfficers() throws IOException {
    assertThat(RECIPIENTS.keySet()).isEqualTo(MailTemplatesTest.mailKindsInModels());
    assertThat(RECIPIENTS).containsValue(MailRecipient.OFFICER);
    RECIPIENTS.forEach(
        (kind, recipient) ->
            assertThat(kind.endsWith("-officer"))
                .as("%s goes to %s", kind, recipient)
                .isEqualTo(recipient == MailRecipient.OFFICER));
  }

  @Test
  void firstHireMailAsksAboutTheWotcFormOnlyWhenNoSendingIsReported() {
    String question = "we have not heard that IRS Form 8850";

    assertThat(firstHireRecorded(Map.of()).text())
        .as("WOTC applies, form not sent, deadline passed")
        .contains(question, "Monday, June 29, 2026");
    assertThat(firstHireRecorded(Map.of("wotcSubmittedOn", "2026-06-15")).text())
        .as("sent through the WOTC task: wotcFormSent stays false")
        .doesNotContain(question)
        .contains("Monday, June 15, 2026");
    assertThat(firstHireRecorded(Map.of("wotcFormSent", true, "wotcSubmittedOn", "2026-05-28")))
        .as("sent before the hire was reported")
        .satisfies(mail -> assertThat(mail.html()).doesNotContain(question));
    assertThat(firstHireRecorded(Map.of("wotcApplies", false)).text())
        .as("WOTC not in force for the start date")
        .doesNotContain("8850");
  }

  @Test
  void policyApprovalQuotesNoneOfTheReviewersEarlierComments() {
    RenderedMail mail = templates.render("policy-approved", KEY, JOURNEY);

    assertThat(mail.text() + mail.html())
        .doesNotContain((String) JOURNEY.get("policyReviewComments"));
  }

  @Test
  void bondMailNamesTheEndDateInTheChambersTimeZone() {
    RenderedMail mail = templates.render("bond-ending", KEY, JOURNEY);

    assertThat(mail.subject()).endsWith("Tuesday, December 1, 2026");
    assertThat(mail.html()).contains("Machine operator", "Tuesday, December 1, 2026");
  }

  private RenderedMail rendersCleanly(String kind, String businessKey, Map<String, Object> model) {
    RenderedMail[] rendered = new RenderedMail[1];
    assertThatCode(() -> rendered[0] = templates.render(kind, businessKey, model))
        .as("rendering %s", kind)
        .doesNotThrowAnyException();
    RenderedMail mail = rendered[0];

    assertThat(mail.subject())
        .as("subject of %s", kind)
        .isNotBlank()
        .doesNotContain("\n")
        .hasSizeLessThan(120);
    assertThat(mail.html()).as("HTML of %s", kind).contains(MailTemplatesTest.CHAMBER.name());
    for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
      assertThat(part)
          .as("%s leaves nothing of the template language", kind)
          .doesNotContain("null", "${", "[(", "[[", "[#", "[/]", "~{")
          .doesNotContainPattern("\\sth:\\w+=");
    }
    MailRecipient audience = audience(kind);
    if (audience == MailRecipient.OFFICER) {
      assertThat(mail.text() + mail.html())
          .as("%s goes to an officer, who has no personal page", kind)
          .doesNotContain("/portal/");
    }
    if (audience == MailRecipient.EMPLOYER && businessKey != null) {
      assertThat(mail.text()).as("text of %s", kind).contains(businessKey);
      assertThat(mail.html()).as("HTML of %s", kind).contains(businessKey);
    }
    return mail;
  }

  private RenderedMail firstHireRecorded(Map<String, Object> changes) {
    Map<String, Object> model = new HashMap<>(JOURNEY);
    model.putAll(changes);
    return templates.render("first-hire-recorded", KEY, model);
  }

  private static Map<String, Object> digest() {
    String tasklist = "https://onboarding.chamber.example/camunda/app/tasklist/default/";
    Map<String, Object> overdue =
        Map.of(
            "name", "Review policy: Acme Tools",
            "due", "2026-11-20T16:00:00Z",
            "link", tasklist + "#/?task=1");
    return Map.ofEntries(
        entry("today", "2026-11-23"),
        entry("firstName", "Sam"),
        entry("mine", List.of(overdue)),
        entry("queue", List.of()),
        entry("escalated", List.of()),
        entry("tasklist", tasklist));
  }

  private static Map<String, Object> task() {
    return Map.of(
        "taskName",
        "Confirm your fair-chance policy: Acme Tools",
        "taskDue",
        "2026-11-30T16:00:00Z");
  }

  /** Who reads a kind: the models say it for theirs, the code sends the staff digest. */
  private static MailRecipient audience(String kind) {
    if (MailKinds.STAFF_DIGEST.equals(kind)) {
      return MailRecipient.COORDINATOR;
    }
    return RECIPIENTS.getOrDefault(kind, MailRecipient.EMPLOYER);
  }

  /** Each mail kind of the process models with the recipient its service task names. */
  static Map<String, MailRecipient> recipientsInModels() {
    Pattern inputs =
        Pattern.compile("<camunda:inputOutput>(.*?)</camunda:inputOutput>", Pattern.DOTALL);
    Pattern kind = Pattern.compile("name=\"mailKind\">([^<]+)<");
    Pattern recipient = Pattern.compile("name=\"recipient\">([^<]+)<");
    Map<String, MailRecipient> recipients = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher block = inputs.matcher(Files.readString(file));
        while (block.find()) {
          Matcher k = kind.matcher(block.group(1));
          if (k.find()) {
            Matcher r = recipient.matcher(block.group(1));
            recipients.put(k.group(1).trim(), MailRecipient.parse(r.find() ? r.group(1) : null));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recipients;
  }
}
