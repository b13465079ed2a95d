package org.fairchance.dashboard;

import java.util.List;

/**
 * A table of the dashboard as shown and exported: every figure already formatted, hidden ones
 * already replaced. The page, the CSV export and the charts all read this, so they cannot differ.
 */
record FigureTable(
    String id, String title, String rowHeading, List<String> columns, List<Row> rows, String note) {

  /** What a hidden figure reads, on the page and in the export. */
  static final String SUPPRESSED = "suppressed";

  record Row(String label, List<Cell> cells, boolean total) {}

  /**
   * One figure: its text, and its number for charts (null where hidden or not a number).
   *
   * @param text as shown
   * @param value the number behind the text, for charts
   * @param suppressed hidden to protect small numbers
   */
  record Cell(String text, Double value, boolean suppressed) {

    static final Cell HIDDEN = new Cell(SUPPRESSED, null, true);
    static final Cell EMPTY = new Cell("", null, false);

    static Cell count(Long count) {
      return count == null ? HIDDEN : new Cell(Long.toString(count), count.doubleValue(), false);
    }

    static Cell number(Double value, String text) {
      return value == null ? HIDDEN : new Cell(text, value, false);
    }

    static Cell text(String text) {
      return new Cell(text, null, false);
    }
  }

  /** The figure in the row labelled {@code row}, column {@code column}, as shown. */
  String cell(String row, String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + id);
    }
    return rows.stream()
        .filter(r -> r.label().equals(row))
        .findFirst()
        .map(r -> r.cells().get(index).text())
        .orElseThrow(() -> new IllegalArgumentException("No row " + row + " in " + id));
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
