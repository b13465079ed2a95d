package org.fairchance.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deploys everything in {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one
 * deployment when the engine starts. The Maven build copies both folders onto the classpath.
 *
 * <p>One deployment for the lot, so {@code camunda:formRefBinding="deployment"} always finds the
 * form a process was deployed with. When nothing changed, nothing is deployed; when anything
 * changed, the whole set becomes the next version. Resources are named by their path inside the
 * folder ({@code employer-onboarding.bpmn}), as Camunda Modeler names them.
 *
 * <p>One source of truth: when the newest version of a process or decision was deployed from
 * elsewhere (Camunda Modeler) and its file here is different, the file is left out with a warning
 * and the deployed version stays the newest, unless the file carries a higher {@code
 * camunda:versionTag} ({@link SourceOfTruth}).
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

  /** The deployment name the application uses; Modeler deployments carry the name people give. */
  public static final String DEPLOYMENT_NAME = "fair-chance-onboarding";

  /** The deployment source of the application's own deployments. */
  public static final String DEPLOYMENT_SOURCE = "fair-chance-onboarding application";

  /** The folders, and the file kinds in each that are deployed. */
  public static final Map<String, List<String>> FOLDERS =
      Map.of("processes", List.of("bpmn", "dmn"), "forms", List.of("form"));

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final ResourcePatternResolver resolver;

  ModelDeployment() {
    this(new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader()));
  }

  ModelDeployment(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, byte[]> resources = new TreeMap<>();
    modelResources().forEach((name, resource) -> resources.put(name, read(resource)));
    if (resources.isEmpty()) {
      log.warn("No process models or forms found on the classpath: nothing deployed");
      return;
    }
    RepositoryService repository = engine.getRepositoryService();
    resources.keySet().removeIf(name -> supersededByDeployedModel(repository, name, resources));
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_SOURCE)
            .enableDuplicateFiltering(false);
    resources.forEach(
        (name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (deployment.getDeployedProcessDefinitions() == null) {
      log.info("Process models and forms unchanged: {} files already deployed", resources.size());
    } else {
      log.info(
          "Deployed {} files as deployment {}: {}",
          resources.size(),
          deployment.getId(),
          resources.keySet());
    }
  }

  /**
   * Whether the newest deployed version of the model in this file came from elsewhere and must be
   * kept: the file is then not deployed.
   */
  private static boolean supersededByDeployedModel(
      RepositoryService repository, String name, Map<String, byte[]> resources) {
    if (!name.endsWith(".bpmn") && !name.endsWith(".dmn")) {
      return false;
    }
    byte[] file = resources.get(name);
    Element model = firstModel(file, name.endsWith(".bpmn") ? "process" : "decision");
    if (model == null) {
      return false;
    }
    String key = model.getAttribute("id");
    String fileTag = model.getAttributeNS(ModelRules.CAMUNDA, "versionTag");
    DeployedModel newest = newestDeployed(repository, key, name.endsWith(".bpmn"));
    if (newest == null) {
      return false;
    }
    Deployment deployment =
        repository.createDeploymentQuery().deploymentId(newest.deploymentId()).singleResult();
    if (DEPLOYMENT_SOURCE.equals(deployment.getSource())) {
      return false;
    }
    byte[] deployed;
    try (InputStream in =
        repository.getResourceAsStream(newest.deploymentId(), newest.resourceName())) {
      deployed = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read deployed " + newest.resourceName(), e);
    }
    if (SourceOfTruth.fileMayReplace(file, fileTag, deployed, newest.versionTag())) {
      return false;
    }
    log.warn(
        "Keeping {} version {} (version tag {}) deployed from '{}' as '{}' on {}: it is newer than"
            + " {} in the application (version tag {}), which is not deployed. To deploy the file"
            + " instead, give it a higher version tag, or copy the deployed model into the file.",
        key,
        newest.version(),
        newest.versionTag(),
        deployment.getSource(),
        deployment.getName(),
        deployment.getDeploymentTime(),
        name,
        fileTag.isBlank() ? "none" : fileTag);
    return true;
  }

  private record DeployedModel(
      String deploymentId, String resourceName, int version, String versionTag) {}

  private static DeployedModel newestDeployed(
      RepositoryService repository, String key, boolean process) {
    if (process) {
      ProcessDefinition definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .latestVersion()
              .singleResult();
      return definition == null
          ? null
          : new DeployedModel(
              definition.getDeploymentId(),
              definition.getResourceName(),
              definition.getVersion(),
              definition.getVersionTag());
    }
    DecisionDefinition definition =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(key)
            .latestVersion()
            .singleResult();
    return definition == null
        ? null
        : new DeployedModel(
            definition.getDeploymentId(),
            definition.getResourceName(),
            definition.getVersion(),
            definition.getVersionTag());
  }

  /** The first process (BPMN) or decision (DMN) of a file, or null when it has none. */
  private static Element firstModel(byte[] file, String elementName) {
    NodeList found =
        ModelRules.parse(file).getDocumentElement().getElementsByTagNameNS("*", elementName);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }

  /** Deployment resource name to classpath resource, sorted by name. */
  Map<String, Resource> modelResources() {
    Map<String, Resource> found = new TreeMap<>();
    FOLDERS.forEach(
        (folder, extensions) -> {
          for (String extension : extensions) {
            for (Resource resource : find("classpath*:" + folder + "/**/*." + extension)) {
              found.put(nameWithin(folder, resource), resource);
            }
          }
        });
    return found;
  }

  private Resource[] find(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  private static String nameWithin(String folder, Resource resource) {
    try {
      String url = resource.getURL().toString();
      String marker = "/" + folder + "/";
      return url.substring(url.lastIndexOf(marker) + marker.length());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot name " + resource, e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
