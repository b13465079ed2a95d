package org.fairchance.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The engine of the process tests: in memory, job executor off, beans from {@code Mocks}. */
public final class ProcessTestEngine {

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder()
        .configurationResource("process-test-engine.cfg.xml")
        .build();
  }

  private ProcessTestEngine() {}
}
