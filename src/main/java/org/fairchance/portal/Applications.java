package org.fairchance.portal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.reminders.JourneyMail;
import org.fairchance.reminders.MailRecipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a journey from a checked application, once per submission key: the journey, the submission
 * key, the request count and the confirmation mail commit together or not at all.
 */
@Service
class Applications {

  /** The mail that confirms an application (templates/mail/application-received.*). */
  static final String MAIL_APPLICATION_RECEIVED = "application-received";

  private final EmployerJourneys journeys;
  private final PortalRequests requests;
  private final JourneyTasks tasks;
  private final RuntimeService runtimeService;
  private final JourneyMail mail;

  Applications(
      EmployerJourneys journeys,
      PortalRequests requests,
      JourneyTasks tasks,
      RuntimeService runtimeService,
      JourneyMail mail) {
    this.journeys = journeys;
    this.requests = requests;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.mail = mail;
  }

  /**
   * @return the journey's business key
   * @throws AlreadySubmitted when the submission key started a journey before (nothing changes)
   */
  @Transactional
  public String start(String submissionKey, Map<String, Object> application, String client) {
    if (requests.journeyOf(submissionKey).isPresent()) {
      throw new AlreadySubmitted();
    }
    String businessKey = journeys.start(application);
    if (!requests.claim(submissionKey, businessKey)) {
      // A simultaneous submit of the same page won: roll this journey back.
      throw new AlreadySubmitted();
    }
    requests.count(PortalRequests.APPLY, client);
    String instanceId = tasks.journeyInstanceId(businessKey);
    Map<String, Object> variables =
        instanceId == null ? application : runtimeService.getVariables(instanceId);
    mail.record(
        MAIL_APPLICATION_RECEIVED,
        MailRecipient.EMPLOYER,
        variables,
        businessKey,
        instanceId,
        MAIL_APPLICATION_RECEIVED + ":" + businessKey,
        null,
        Map.of());
    return businessKey;
  }

  /** The page was submitted before; its journey exists already. */
  static class AlreadySubmitted extends RuntimeException {
    AlreadySubmitted() {
      super("This application was submitted before", null, false, false);
    }
  }
}
