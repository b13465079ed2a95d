package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

  private static final ModelRules RULES = new ModelRules(Set.of("sendMailDelegate")::contains);

  private static final ModelRules.Forms FORMS =
      new ModelRules.Forms() {
        @Override
        public boolean inDeployment(String formId) {
          return formId.equals("in-deployment");
        }

        @Override
        public boolean deployedBefore(String formId) {
          return formId.equals("deployed-earlier");
        }
      };

  @Test
  void aModelThatKeepsEveryRuleHasNoProblems() {
    assertThat(
            check(
                """
                <bpmn:userTask id="Task_Review" name="Review" camunda:candidateGroups="chamber-staff"
                    camunda:formRef="in-deployment" camunda:formRefBinding="deployment" />
                <bpmn:userTask id="Task_Latest" name="Latest form" camunda:assignee="${coordinator}"
                    camunda:formRef="deployed-earlier" />
                <bpmn:serviceTask id="ServiceTask_Mail" name="Mail"
                    camunda:delegateExpression="${sendMailDelegate}" />
                """))
        .isEmpty();
  }

  @Test
  void namesTheElementOfEachBrokenRule() {
    assertThat(
            check(
                """
                <bpmn:userTask id="Task_Bare" name="Bare" />
                <bpmn:userTask id="Task_Form" name="Form elsewhere" camunda:candidateUsers="anna"
                    camunda:formRef="deployed-earlier" camunda:formRefBinding="deployment" />
                <bpmn:serviceTask id="ServiceTask_Unknown" name="Unknown"
                    camunda:delegateExpression="${unknownDelegate}" />
                <bpmn:sequenceFlow id="Flow_Condition" sourceRef="Task_Bare" targetRef="Task_Form">
                  <bpmn:conditionExpression>${ghost.isThere()}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:parallelGateway id="Gateway_Unnamed" />
                """))
        .extracting(ModelRules.Problem::elementId)
        .containsExactly(
            "Task_Bare",
            "Task_Bare",
            "Task_Form",
            "ServiceTask_Unknown",
            "Flow_Condition",
            "Gateway_Unnamed");
  }

  @Test
  void refusesADocumentTypeDeclaration() {
    String model =
        """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <definitions>&secret;</definitions>
        """;

    assertThatThrownBy(() -> RULES.check(model.getBytes(StandardCharsets.UTF_8), FORMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a readable BPMN file");
  }

  private static java.util.List<ModelRules.Problem> check(String elements) {
    String model =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Check"
            targetNamespace="https://fairchance.example/bpmn">
          <bpmn:process id="rules-check" name="Rules check" isExecutable="true"
              camunda:historyTimeToLive="P30D">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(elements);
    return RULES.check(model.getBytes(StandardCharsets.UTF_8), FORMS);
  }
}
