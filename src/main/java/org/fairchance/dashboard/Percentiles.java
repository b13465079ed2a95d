package org.fairchance.dashboard;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n values is the value at rank
 * ceil(p/100 × n) in ascending order, always one of the values (no interpolation), so a figure
 * shown is a time or a wage that actually occurred.
 */
final class Percentiles {

  private Percentiles() {}

  /** The {@code percent}-th percentile of {@code values}, or null when there are none. */
  static Double of(Collection<Double> values, int percent) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
