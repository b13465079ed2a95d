package org.fairchance.support;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine of the process tests: in memory, job executor off, beans from {@code Mocks}, with
 * process test coverage. Each process has one test class; the build fails when that class covers
 * less than {@link #MINIMUM_COVERAGE} of the process's flow nodes and sequence flows. The report is
 * written to {@code target/process-test-coverage/}.
 */
public final class ProcessTestEngine {

  public static final double MINIMUM_COVERAGE = 0.9;

  /**
   * @param calledProcessKeys processes the tested one calls and that the test deploys too; they are
   *     left out of this class's coverage, since each has its own test class.
   */
  public static ProcessEngineCoverageExtension extension(String... calledProcessKeys) {
    return ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
        .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
        .excludeProcessDefinitionKeys(calledProcessKeys)
        .build();
  }

  private ProcessTestEngine() {}
}
