package org.fairchance.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Checks every new deployment against {@link ModelRules} before the engine parses it, whether the
 * application deploys {@code processes/} or a manager deploys from Camunda Modeler through {@code
 * /engine-rest}. A deployment that breaks a rule is refused as a whole: nothing of it is stored,
 * and the error names each file, element and problem ({@code /engine-rest} answers 400 with them).
 */
@Component
class DeploymentValidation extends AbstractProcessEnginePlugin implements Deployer {

  private final ModelRules rules;
  private final ObjectMapper json = new ObjectMapper();

  DeploymentValidation(ApplicationContext context) {
    this.rules = new ModelRules(context::containsBean);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(this);
    configuration.setCustomPreDeployers(deployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // The engine also "deploys" stored deployments again to fill its cache: check new ones only.
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Set<String> formIds = formIds(deployment);
    ModelRules.Forms forms =
        new ModelRules.Forms() {
          @Override
          public boolean inDeployment(String formId) {
            return formIds.contains(formId);
          }

          @Override
          public boolean deployedBefore(String formId) {
            return Context.getCommandContext()
                    .getCamundaFormDefinitionManager()
                    .findLatestDefinitionByKey(formId)
                != null;
          }
        };
    List<String> report = new ArrayList<>();
    List<Problem> engineProblems = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (!resource.getName().endsWith(".bpmn") && !resource.getName().endsWith(".bpmn20.xml")) {
        continue;
      }
      List<ModelRules.Problem> problems;
      try {
        problems = rules.check(resource.getBytes(), forms);
      } catch (IllegalArgumentException e) {
        problems = List.of(new ModelRules.Problem(resource.getName(), e.getMessage()));
      }
      for (ModelRules.Problem problem : problems) {
        report.add(resource.getName() + " " + problem);
        engineProblems.add(new RuleProblem(resource.getName(), problem));
      }
    }
    if (!report.isEmpty()) {
      throw new ParseException(
          "Deployment '"
              + deployment.getName()
              + "' refused, it breaks the rules of our process models: "
              + String.join("; ", report),
          ((RuleProblem) engineProblems.get(0)).resource(),
          engineProblems,
          List.of());
    }
  }

  /** A broken rule as the engine reports parse problems (REST lists them per element). */
  record RuleProblem(String resource, ModelRules.Problem problem) implements Problem {
    @Override
    public String getMessage() {
      return resource + " " + problem;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return problem.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return List.of(problem.elementId());
    }
  }

  private Set<String> formIds(DeploymentEntity deployment) {
    Set<String> ids = new HashSet<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          JsonNode form = json.readTree(resource.getBytes());
          if (form.hasNonNull("id")) {
            ids.add(form.get("id").asText());
          }
        } catch (IOException e) {
          // The engine refuses an unreadable form itself, naming the file.
        }
      }
    }
    return ids;
  }
}
