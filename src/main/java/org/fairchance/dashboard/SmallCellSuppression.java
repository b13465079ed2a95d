package org.fairchance.dashboard;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small-cell suppression for a table of counts shown with its row totals, column totals and grand
 * total. A count from 1 to {@code threshold - 1} is hidden (primary suppression); zero is shown,
 * since "nobody" is what the reader already sees in the category. Then more cells are hidden
 * (complementary suppression) until no hidden count follows from what is shown.
 *
 * <p>Why this is enough: put the totals in an extra row and column and negate them, and every row
 * and column of the extended table sums to zero. Its cells are the edges of a complete bipartite
 * graph (rows on one side, columns on the other) and the hidden cells a subgraph. A hidden value
 * can be worked out from the shown ones exactly when its edge lies on no cycle of hidden edges (a
 * bridge): along a cycle, adding one to every other edge and subtracting one from the rest keeps
 * every sum. So this class hides cells until each line holds zero or at least two hidden cells (the
 * common rule) and no hidden cell is a bridge.
 */
final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /**
   * Suppresses in {@code cells} (rows of equal length, counts of zero or more), shown with totals.
   */
  static SuppressedTable apply(long[][] cells, int threshold) {
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    long[][] grid = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      if (cells[r].length != columns) {
        throw new IllegalArgumentException("Rows of a table must have the same length");
      }
      for (int c = 0; c < columns; c++) {
        if (cells[r][c] < 0) {
          throw new IllegalArgumentException("Counts cannot be negative");
        }
        grid[r][c] = cells[r][c];
        grid[r][columns] += cells[r][c];
        grid[rows][c] += cells[r][c];
        grid[rows][columns] += cells[r][c];
      }
    }
    boolean[][] hidden = new boolean[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        hidden[r][c] = grid[r][c] > 0 && grid[r][c] < threshold;
      }
    }
    if (rows > 0 && columns > 0) {
      while (hideOneMore(grid, hidden)) {
        // Each round hides one more cell; a table with every cell hidden needs nothing more.
      }
    }
    return new SuppressedTable(grid, hidden);
  }

  /** Hides one more cell where the table still gives a hidden value away; false when none does. */
  private static boolean hideOneMore(long[][] grid, boolean[][] hidden) {
    int height = grid.length;
    int width = grid[0].length;
    for (int r = 0; r < height; r++) {
      if (hiddenInRow(hidden, r) == 1 && hideSmallestInRow(grid, hidden, r, -1)) {
        return true;
      }
    }
    for (int c = 0; c < width; c++) {
      if (hiddenInColumn(hidden, c) == 1 && hideSmallestInColumn(grid, hidden, c, -1)) {
        return true;
      }
    }
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (hidden[r][c] && isBridge(hidden, r, c)) {
          return hideSmallestInRow(grid, hidden, r, c) || hideSmallestInColumn(grid, hidden, c, r);
        }
      }
    }
    return false;
  }

  private static int hiddenInRow(boolean[][] hidden, int r) {
    int count = 0;
    for (boolean h : hidden[r]) {
      count += h ? 1 : 0;
    }
    return count;
  }

  private static int hiddenInColumn(boolean[][] hidden, int c) {
    int count = 0;
    for (boolean[] row : hidden) {
      count += row[c] ? 1 : 0;
    }
    return count;
  }

  /**
   * Hides the shown cell of row {@code r} (other than column {@code except}) that loses the least
   * information: the smallest count above zero, else a zero. False if every cell is hidden.
   */
  private static boolean hideSmallestInRow(long[][] grid, boolean[][] hidden, int r, int except) {
    int best = -1;
    for (int c = 0; c < grid[r].length; c++) {
      if (c != except && !hidden[r][c] && (best < 0 || better(grid[r][c], grid[r][best]))) {
        best = c;
      }
    }
    if (best < 0) {
      return false;
    }
    hidden[r][best] = true;
    return true;
  }

  private static boolean hideSmallestInColumn(
      long[][] grid, boolean[][] hidden, int c, int except) {
    int best = -1;
    for (int r = 0; r < grid.length; r++) {
      if (r != except && !hidden[r][c] && (best < 0 || better(grid[r][c], grid[best][c]))) {
        best = r;
      }
    }
    if (best < 0) {
      return false;
    }
    hidden[best][c] = true;
    return true;
  }

  /** Whether hiding {@code candidate} beats hiding {@code current}: small, but not zero. */
  private static boolean better(long candidate, long current) {
    if ((candidate == 0) != (current == 0)) {
      return current == 0;
    }
    return candidate < current;
  }

  /**
   * Whether the hidden cell (r, c) lies on no cycle of hidden cells: without it, row r no longer
   * reaches column c through hidden cells.
   */
  private static boolean isBridge(boolean[][] hidden, int r, int c) {
    int height = hidden.length;
    int width = hidden[0].length;
    // Vertices: rows 0..height-1, then columns height..height+width-1.
    boolean[] seen = new boolean[height + width];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(r);
    seen[r] = true;
    while (!queue.isEmpty()) {
      int vertex = queue.poll();
      if (vertex == height + c) {
        return false;
      }
      if (vertex < height) {
        for (int j = 0; j < width; j++) {
          boolean skipped = vertex == r && j == c;
          if (hidden[vertex][j] && !skipped && !seen[height + j]) {
            seen[height + j] = true;
            queue.add(height + j);
          }
        }
      } else {
        int j = vertex - height;
        for (int i = 0; i < height; i++) {
          boolean skipped = i == r && j == c;
          if (hidden[i][j] && !skipped && !seen[i]) {
            seen[i] = true;
            queue.add(i);
          }
        }
      }
    }
    return true;
  }

  /**
   * A table after suppression: {@code values} and {@code hidden} have one more row (column totals,
   * then the grand total) and one more column (row totals) than the table given.
   */
  record SuppressedTable(long[][] values, boolean[][] hidden) {

    int rows() {
      return values.length - 1;
    }

    int columns() {
      return values[0].length - 1;
    }

    boolean isHidden(int row, int column) {
      return hidden[row][column];
    }

    /** The cell as shown: its count, or null where it is hidden. */
    Long shown(int row, int column) {
      return hidden[row][column] ? null : values[row][column];
    }

    Long rowTotal(int row) {
      return shown(row, columns());
    }

    Long columnTotal(int column) {
      return shown(rows(), column);
    }

    Long grandTotal() {
      return shown(rows(), columns());
    }
  }
}
