package org.fairchance.cohorts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the cohort" ({@code ${closeCohortDelegate}}): no one joins the cohort any more. */
@Component
class CloseCohortDelegate implements JavaDelegate {

  private final Cohorts cohorts;

  CloseCohortDelegate(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cohorts.close(execution.getProcessBusinessKey());
  }
}
