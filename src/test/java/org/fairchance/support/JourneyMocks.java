package org.fairchance.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fairchance.onboarding.JourneySettings;
import org.fairchance.onboarding.JourneyStartListener;
import org.fairchance.onboarding.JourneyTimers;
import org.fairchance.onboarding.StageListener;
import org.fairchance.reminders.SendMailDelegate;

/**
 * The beans every journey process refers to, for process tests without Spring: the real stage
 * listener and timers (default settings), and a mail delegate that records what would be sent. Call
 * {@link #register()} before each test and {@code Mocks.reset()} after it.
 */
public final class JourneyMocks {

  /** A mail the process asked for: its kind, to whom, and in which process instance. */
  public record SentMail(String kind, String recipient, String processInstanceId) {}

  /** Stands in for {@code ${sendMailDelegate}}: records instead of writing to the outbox. */
  public static final class RecordingMail implements JavaDelegate {
    private final List<SentMail> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      Object recipient = execution.getVariableLocal(SendMailDelegate.RECIPIENT);
      sent.add(
          new SentMail(
              (String) execution.getVariableLocal(SendMailDelegate.MAIL_KIND),
              recipient == null ? "employer" : recipient.toString(),
              execution.getProcessInstanceId()));
    }

    public List<SentMail> sent() {
      return List.copyOf(sent);
    }

    public List<String> kinds() {
      return sent.stream().map(SentMail::kind).toList();
    }
  }

  public static RecordingMail register() {
    RecordingMail mail = new RecordingMail();
    Mocks.register("sendMailDelegate", mail);
    Mocks.register("stageListener", new StageListener());
    Mocks.register("journeyStartListener", new JourneyStartListener());
    Mocks.register("journeyTimers", new JourneyTimers(JourneySettings.defaults()));
    return mail;
  }

  private JourneyMocks() {}
}
