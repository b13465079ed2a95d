package org.fairchance.cohorts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.cohorts.EmployerCohortProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Register the cohort" ({@code ${registerCohortDelegate}}): gives the cohort its id, the business
 * key of its process unless the starter gave one, and lists it with what the Plan step defined.
 */
@Component
class RegisterCohortDelegate implements JavaDelegate {

  private final Cohorts cohorts;

  RegisterCohortDelegate(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    if (id == null || id.isBlank()) {
      id = CohortIds.next();
      execution.setProcessBusinessKey(id);
    }
    cohorts.register(
        new Cohorts.Plan(
            id,
            execution.getVariable(Variables.COHORT_NAME),
            execution.getVariable(Variables.SECTOR),
            execution.getVariable(Variables.REGION),
            execution.getVariable(Variables.PLANNED_SIZE),
            execution.getVariable(Variables.STARTS_ON),
            execution.getVariable(Variables.ENDS_ON)));
    execution.setVariable(Variables.COHORT_ID, id);
  }
}
