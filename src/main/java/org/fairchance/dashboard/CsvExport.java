package org.fairchance.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.fairchance.dashboard.FigureTable.Cell;
import org.fairchance.dashboard.FigureTable.Row;

/**
 * The dashboard's tables as CSV (RFC 4180), exactly as shown on the page: hidden figures read
 * "suppressed". A text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
final class CsvExport {

  private CsvExport() {}

  /** One table: a heading line, then a line per row. */
  static String table(FigureTable table) {
    StringBuilder csv = new StringBuilder();
    List<String> heading = new ArrayList<>();
    heading.add(table.rowHeading());
    heading.addAll(table.columns());
    line(csv, heading);
    for (Row row : table.rows()) {
      List<String> fields = new ArrayList<>();
      fields.add(row.label());
      row.cells().stream().map(Cell::text).forEach(fields::add);
      line(csv, fields);
    }
    return csv.toString();
  }

  /** Every table, one figure a line: table, row, column, figure. */
  static String all(List<FigureTable> tables) {
    StringBuilder csv = new StringBuilder();
    line(csv, List.of("table", "row", "column", "figure"));
    for (FigureTable table : tables) {
      for (Row row : table.rows()) {
        for (int c = 0; c < table.columns().size(); c++) {
          line(
              csv,
              List.of(
                  table.title(), row.label(), table.columns().get(c), row.cells().get(c).text()));
        }
      }
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    String text = value == null ? "" : value;
    if (looksLikeFormula(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** A formula starts with = @ tab or CR, or + - not followed by a number ("+2.0 points"). */
  private static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '@' || first == '\t' || first == '\r') {
      return true;
    }
    if (first == '+' || first == '-') {
      return text.length() == 1 || !(Character.isDigit(text.charAt(1)) || text.charAt(1) == '$');
    }
    return false;
  }
}
