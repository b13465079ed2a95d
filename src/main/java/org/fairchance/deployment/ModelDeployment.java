package org.fairchance.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one
 * deployment when the engine starts. The Maven build copies both folders onto the classpath.
 *
 * <p>One deployment for the lot, so {@code camunda:formRefBinding="deployment"} always finds the
 * form a process was deployed with. When nothing changed, nothing is deployed; when anything
 * changed, the whole set becomes the next version. Resources are named by their path inside the
 * folder ({@code employer-onboarding.bpmn}), as Camunda Modeler names them.
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
    Map<String, Resource> resources = modelResources();
    if (resources.isEmpty()) {
      log.warn("No process models or forms found on the classpath: nothing deployed");
      return;
    }
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_SOURCE)
            .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, open(resource)));
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

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
