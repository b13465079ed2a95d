package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelDeploymentIT {

  @Autowired RepositoryService repositoryService;

  @Test
  void deploysEveryFileOfTheProcessesAndFormsFolders() throws IOException {
    List<String> files = Stream.concat(filesIn("processes"), filesIn("forms")).toList();
    assertThat(files).isNotEmpty();

    assertThat(repositoryService.getDeploymentResourceNames(latestApplicationDeployment().getId()))
        .containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyProcessModelBecomesAnExecutableProcess() throws IOException {
    String deploymentId = latestApplicationDeployment().getId();
    List<String> models = filesIn("processes").filter(f -> f.endsWith(".bpmn")).toList();

    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list())
        .extracting(ProcessDefinition::getResourceName)
        .containsAll(models);
  }

  private Deployment latestApplicationDeployment() {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime()
        .desc()
        .list()
        .get(0);
  }

  /**
   * Every file of a top-level folder, named as the deployment names them. Hidden folders (the
   * Modeler's {@code .camunda/element-templates}) hold no models and are skipped; any other file
   * that is not deployed, such as a model saved with the wrong extension, fails the test.
   */
  static Stream<String> filesIn(String folder) throws IOException {
    Path root = Path.of(folder);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk
          .filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(p -> !p.toString().startsWith("."))
          .map(p -> p.toString().replace('\\', '/'))
          .toList()
          .stream();
    }
  }
}
