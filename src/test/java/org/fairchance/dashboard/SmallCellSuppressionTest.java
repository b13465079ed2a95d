package org.fairchance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fairchance.dashboard.SmallCellSuppression.SuppressedTable;

/**
 * Small-cell suppression on random tables: every small count is hidden, and no hidden count can be
 * worked out from what is shown. The check is linear algebra, independent of the graph argument the
 * suppression itself uses: a hidden value is determined by the shown ones exactly when its unit
 * vector lies in the row space of the table's sum equations restricted to the hidden cells.
 */
class SmallCellSuppressionTest {

  @Property(tries = 400)
  void noHiddenCountCanBeWorkedOutFromTheTotals(
      @ForAll("tables") long[][] cells, @ForAll @IntRange(min = 2, max = 12) int threshold) {
    SuppressedTable table = SmallCellSuppression.apply(cells, threshold);

    for (int r = 0; r <= table.rows(); r++) {
      for (int c = 0; c <= table.columns(); c++) {
        if (table.isHidden(r, c)) {
          assertThat(isDetermined(table, r, c))
              .as("hidden cell (%d, %d) of %s", r, c, describe(table))
              .isFalse();
        }
      }
    }
  }

  @Property(tries = 400)
  void everyCountBelowTheThresholdIsHiddenAndTheRestShowTheirTrueValue(
      @ForAll("tables") long[][] cells, @ForAll @IntRange(min = 2, max = 12) int threshold) {
    SuppressedTable table = SmallCellSuppression.apply(cells, threshold);

    long grand = 0;
    for (int r = 0; r < cells.length; r++) {
      for (int c = 0; c < cells[r].length; c++) {
        grand += cells[r][c];
        if (cells[r][c] > 0 && cells[r][c] < threshold) {
          assertThat(table.isHidden(r, c)).isTrue();
        } else if (!table.isHidden(r, c)) {
          assertThat(table.shown(r, c)).isEqualTo(cells[r][c]);
        }
      }
    }
    if (grand > 0 && grand < threshold) {
      assertThat(table.grandTotal()).isNull();
    }
  }

  @Property(tries = 400)
  void aRowOrColumnHidesNoneOrAtLeastTwoOfItsCells(
      @ForAll("tables") long[][] cells, @ForAll @IntRange(min = 2, max = 12) int threshold) {
    SuppressedTable table = SmallCellSuppression.apply(cells, threshold);

    for (int r = 0; r <= table.rows(); r++) {
      int hidden = 0;
      for (int c = 0; c <= table.columns(); c++) {
        hidden += table.isHidden(r, c) ? 1 : 0;
      }
      assertThat(hidden).as("hidden in row %d of %s", r, describe(table)).isNotEqualTo(1);
    }
    for (int c = 0; c <= table.columns(); c++) {
      int hidden = 0;
      for (int r = 0; r <= table.rows(); r++) {
        hidden += table.isHidden(r, c) ? 1 : 0;
      }
      assertThat(hidden).as("hidden in column %d of %s", c, describe(table)).isNotEqualTo(1);
    }
  }

  @Example
  void aLoneSmallCountIsCoveredByTheSmallestOtherCellsOfItsRowAndColumn() {
    SuppressedTable table =
        SmallCellSuppression.apply(new long[][] {{4, 30, 20}, {50, 60, 12}}, 10);

    assertThat(table.shown(0, 0)).isNull();
    // The smallest other count of the row, and of the column; then the rest follows.
    assertThat(table.shown(0, 2)).isNull();
    assertThat(table.shown(1, 0)).isNull();
    assertThat(table.shown(1, 2)).isNull();
    assertThat(table.shown(0, 1)).isEqualTo(30);
    assertThat(table.shown(1, 1)).isEqualTo(60);
    assertThat(table.rowTotal(0)).isEqualTo(54);
    assertThat(table.grandTotal()).isEqualTo(176);
  }

  @Example
  void aTableOfLargeCountsHidesNothing() {
    SuppressedTable table = SmallCellSuppression.apply(new long[][] {{10, 0}, {25, 40}}, 10);

    for (int r = 0; r <= 2; r++) {
      for (int c = 0; c <= 2; c++) {
        assertThat(table.isHidden(r, c)).isFalse();
      }
    }
  }

  @Example
  void aSingleColumnHidesTwoCategoriesWhenOneIsSmall() {
    SuppressedTable table = SmallCellSuppression.apply(new long[][] {{70}, {3}, {40}, {25}}, 10);

    assertThat(table.shown(1, 0)).isNull();
    assertThat(table.shown(3, 0)).as("the smallest other category").isNull();
    assertThat(table.columnTotal(0)).isEqualTo(138);
  }

  @Provide
  Arbitrary<long[][]> tables() {
    Arbitrary<Long> count =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 12)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(10, 200)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)));
    return Combinators.combine(
            Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 5))
        .flatAs(
            (rows, columns) ->
                count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
  }

  /**
   * Whether the sum equations fix the value of hidden cell (r, c): the cells are unknowns where
   * hidden; each row and column of the extended table (totals included) is one equation.
   */
  static boolean isDetermined(SuppressedTable table, int r, int c) {
    int height = table.rows() + 1;
    int width = table.columns() + 1;
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      for (int j = 0; j < width; j++) {
        if (table.isHidden(i, j)) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    List<double[]> equations = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      double[] row = new double[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[0] == i) {
          // The last cell of a line is its total: the others sum to it.
          row[k] = u[1] == width - 1 ? -1 : 1;
        }
      }
      equations.add(row);
    }
    for (int j = 0; j < width; j++) {
      double[] column = new double[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[1] == j) {
          column[k] = u[0] == height - 1 ? -1 : 1;
        }
      }
      equations.add(column);
    }
    int target = -1;
    for (int k = 0; k < unknowns.size(); k++) {
      if (unknowns.get(k)[0] == r && unknowns.get(k)[1] == c) {
        target = k;
      }
    }
    double[] unit = new double[unknowns.size()];
    unit[target] = 1;
    List<double[]> withUnit = new ArrayList<>(equations);
    withUnit.add(unit);
    return rank(equations) == rank(withUnit);
  }

  private static int rank(List<double[]> rows) {
    double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
    int rank = 0;
    int columns = m.length == 0 ? 0 : m[0].length;
    for (int col = 0; col < columns && rank < m.length; col++) {
      int pivot = rank;
      for (int i = rank + 1; i < m.length; i++) {
        if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
          pivot = i;
        }
      }
      if (Math.abs(m[pivot][col]) < 1e-9) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      for (int i = 0; i < m.length; i++) {
        if (i != rank) {
          double factor = m[i][col] / m[rank][col];
          for (int j = col; j < columns; j++) {
            m[i][j] -= factor * m[rank][j];
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static String describe(SuppressedTable table) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r <= table.rows(); r++) {
      text.append('\n');
      for (int c = 0; c <= table.columns(); c++) {
        text.append(table.isHidden(r, c) ? "[" + table.values()[r][c] + "]" : table.values()[r][c])
            .append('\t');
      }
    }
    return text.toString();
  }
}
