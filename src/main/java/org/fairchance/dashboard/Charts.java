package org.fairchance.dashboard;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as inline SVG: no script (the pages' content security policy allows
 * none inline), readable on a phone (each bar's label sits on its own line above the bar, and the
 * drawing scales to the screen's width). Colours are presentation attributes, not style attributes,
 * which the policy would refuse.
 */
final class Charts {

  private static final int WIDTH = 400;
  private static final int ROW = 46;
  private static final int BAR = 16;
  private static final String BAR_COLOUR = "#2f6f4e";
  private static final String MARKER_COLOUR = "#8a5a00";
  private static final String TEXT_COLOUR = "#1f2933";
  private static final String MUTED_COLOUR = "#52606d";

  private Charts() {}

  /**
   * A bar: its label, its length (null: hidden, drawn as a note), an optional marker (such as the
   * 90th percentile) and the text shown at the bar's end.
   */
  record Bar(String label, Double value, Double marker, String text) {}

  /** Horizontal bars, one under another; {@code title} names the chart for screen readers. */
  static String bars(String title, String description, List<Bar> bars) {
    double max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value() == null ? 0 : bar.value());
      max = Math.max(max, bar.marker() == null ? 0 : bar.marker());
    }
    int height = Math.max(ROW * bars.size() + 8, ROW);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                + " role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
            WIDTH,
            height,
            id(title),
            id(title)));
    svg.append("<title id=\"")
        .append(id(title))
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    svg.append("<desc id=\"")
        .append(id(title))
        .append("-desc\">")
        .append(escape(description))
        .append("</desc>");
    // Each bar's label on the left and its figure on the right of the line above the bar, so the
    // bar can take the whole width and nothing is cut off on a narrow screen.
    double scale = max <= 0 ? 0 : (WIDTH - 6) / max;
    int y = 4;
    for (Bar bar : bars) {
      svg.append(text(2, y + 15, 15, TEXT_COLOUR, bar.label(), "start"));
      svg.append(
          text(
              WIDTH - 2,
              y + 15,
              14,
              bar.value() == null ? MUTED_COLOUR : TEXT_COLOUR,
              bar.text(),
              "end"));
      int barY = y + 21;
      if (bar.value() != null) {
        double length = Math.max(bar.value() * scale, bar.value() > 0 ? 1 : 0);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                barY,
                length,
                BAR,
                BAR_COLOUR));
        if (bar.marker() != null) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%d\" width=\"3\" height=\"%d\" fill=\"%s\"/>",
                  Math.min(bar.marker() * scale, WIDTH - 3),
                  barY - 3,
                  BAR + 6,
                  MARKER_COLOUR));
        }
      }
      y += ROW;
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String text(int x, int y, int size, String colour, String text, String anchor) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\""
            + " font-family=\"system-ui, sans-serif\">%s</text>",
        x,
        y,
        size,
        colour,
        anchor,
        escape(text));
  }

  private static String id(String title) {
    return "chart-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }
}
