package org.fairchance.onboarding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The one place that starts an employer's journey. It gives the journey its business key: stable,
 * unique, and free of the company's name, carried into every called process and every mail link.
 */
@Service
public class EmployerJourneys {

  private final RuntimeService runtimeService;

  EmployerJourneys(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts a journey from an employer's application; returns its business key. */
  public String start(Map<String, Object> application) {
    return start(newBusinessKey(), application).getBusinessKey();
  }

  ProcessInstance start(String businessKey, Map<String, Object> application) {
    return runtimeService.startProcessInstanceByKey(
        EmployerOnboardingProcess.KEY, businessKey, application);
  }

  /**
   * The county as the decision tables name it: "jackson county " becomes "Jackson", so routing and
   * local-law rules match however the employer typed it.
   */
  static Map<String, Object> normalized(Map<String, Object> application) {
    Object county = application.get(EmployerOnboardingProcess.Variables.COUNTY);
    if (!(county instanceof String text)) {
      return application;
    }
    Map<String, Object> copy = new HashMap<>(application);
    copy.put(EmployerOnboardingProcess.Variables.COUNTY, countyName(text));
    return copy;
  }

  static String countyName(String typed) {
    String name = typed.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\s+(county|parish)$", "");
    StringBuilder words = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!word.isEmpty()) {
        if (words.length() > 0) {
          words.append(' ');
        }
        words
            .append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return words.toString();
  }

  String newBusinessKey() {
    return BusinessKeys.next();
  }
}
