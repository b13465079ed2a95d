package org.fairchance.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records which stage of the journey an employer is in, as the variable {@code stage} that Tasklist
 * shows next to every task. On the start of each stage of {@code employer-onboarding} (the
 * application review and the call activities): the stage is the element's name, so a manager who
 * renames a stage in the Modeler renames it everywhere.
 */
@Component("stageListener")
public class StageListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(
        EmployerOnboardingProcess.Variables.STAGE, execution.getCurrentActivityName());
  }
}
