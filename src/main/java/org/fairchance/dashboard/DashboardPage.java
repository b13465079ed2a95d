package org.fairchance.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairchance.dashboard.DashboardReport.Dashboard;
import org.fairchance.dashboard.EquityGoals.Goal;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program dashboard for managers ({@code /manage/dashboard}, secured with the other manager
 * pages), its CSV exports, and the form where managers set the baseline and targets.
 */
@Controller
class DashboardPage {

  static final String PATH = "/manage/dashboard";

  private final Dashboards dashboards;
  private final EquityGoals goals;

  DashboardPage(Dashboards dashboards, EquityGoals goals) {
    this.dashboards = dashboards;
    this.goals = goals;
  }

  /** The filter as typed, and what is wrong with it. */
  record FilterForm(
      String from, String to, String cohort, String county, String industry, List<String> errors) {}

  /** One line of the goals form: the category and what is typed for it. */
  record GoalLine(
      String dimension,
      String category,
      String label,
      String baseline,
      String target,
      String error) {

    public String baselineName() {
      return "baseline." + dimension + "." + category;
    }

    public String targetName() {
      return "target." + dimension + "." + category;
    }
  }

  @GetMapping(PATH)
  String show(@RequestParam Map<String, String> params, Model model) {
    FilterForm form = filterForm(params);
    DashboardFilter filter = filter(form);
    prepare(model, form, filter, goalLines(goals.all()));
    return "manage/dashboard";
  }

  @GetMapping(PATH + "/export.csv")
  ResponseEntity<String> export(@RequestParam Map<String, String> params) {
    FilterForm form = filterForm(params);
    if (!form.errors().isEmpty()) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.TEXT_PLAIN)
          .body(String.join("\n", form.errors()) + "\n");
    }
    Dashboard dashboard = dashboards.load(filter(form));
    String table = params.get("table");
    String csv;
    String name;
    if (table == null || table.isBlank()) {
      csv = CsvExport.all(dashboard.tables());
      name = "dashboard.csv";
    } else {
      FigureTable figures =
          dashboard.tables().stream().filter(t -> t.id().equals(table)).findFirst().orElse(null);
      if (figures == null) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .contentType(MediaType.TEXT_PLAIN)
            .body("No table " + table + " on the dashboard.\n");
      }
      csv = CsvExport.table(figures);
      name = figures.id() + ".csv";
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(csv);
  }

  @PostMapping(PATH + "/goals")
  String saveGoals(
      @RequestParam MultiValueMap<String, String> params,
      Principal manager,
      Model model,
      RedirectAttributes redirect) {
    List<GoalLine> lines = new ArrayList<>();
    List<Goal> parsed = new ArrayList<>();
    boolean valid = true;
    for (GoalLine blank : goalLines(Map.of())) {
      String baseline = params.getFirst(blank.baselineName());
      String target = params.getFirst(blank.targetName());
      String error = null;
      BigDecimal baselineValue = null;
      BigDecimal targetValue = null;
      try {
        baselineValue = percentOrNull(baseline);
        targetValue = percentOrNull(target);
      } catch (IllegalArgumentException wrong) {
        error = wrong.getMessage();
        valid = false;
      }
      lines.add(
          new GoalLine(
              blank.dimension(),
              blank.category(),
              blank.label(),
              baseline == null ? "" : baseline,
              target == null ? "" : target,
              error));
      parsed.add(new Goal(blank.dimension(), blank.category(), baselineValue, targetValue));
    }
    if (!valid) {
      FilterForm form = filterForm(Map.of());
      prepare(model, form, filter(form), lines);
      model.addAttribute("goalsError", "Some figures could not be saved: see the fields marked.");
      return "manage/dashboard";
    }
    goals.save(parsed, manager.getName());
    redirect.addFlashAttribute("notice", "Baseline and targets saved.");
    return "redirect:" + PATH + "#equity";
  }

  private void prepare(Model model, FilterForm form, DashboardFilter filter, List<GoalLine> lines) {
    model.addAttribute("form", form);
    model.addAttribute("dashboard", dashboards.load(filter));
    model.addAttribute("problem", filter.problem());
    model.addAttribute("choices", dashboards.choices());
    model.addAttribute("goalLines", lines);
    model.addAttribute("query", query(form));
  }

  /** The filter's part of a link, so an export link exports what the page shows. */
  private static String query(FilterForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from", form.from());
    values.put("to", form.to());
    values.put("cohort", form.cohort());
    values.put("county", form.county());
    values.put("industry", form.industry());
    StringBuilder query = new StringBuilder();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query
                .append('&')
                .append(name)
                .append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  private static FilterForm filterForm(Map<String, String> params) {
    List<String> errors = new ArrayList<>();
    String from = params.getOrDefault("from", "");
    String to = params.getOrDefault("to", "");
    parseDate(from, "From", errors);
    parseDate(to, "To", errors);
    return new FilterForm(
        from,
        to,
        params.getOrDefault("cohort", ""),
        params.getOrDefault("county", ""),
        params.getOrDefault("industry", ""),
        errors);
  }

  private static DashboardFilter filter(FilterForm form) {
    return new DashboardFilter(
        parseDate(form.from(), "From", new ArrayList<>()),
        parseDate(form.to(), "To", new ArrayList<>()),
        form.cohort(),
        form.county(),
        form.industry());
  }

  private static LocalDate parseDate(String text, String field, List<String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field + ": \"" + text + "\" is not a date like 2026-03-01; it is left out.");
      return null;
    }
  }

  /** A share in percent from 0 to 100 with at most one decimal, or null when left empty. */
  static BigDecimal percentOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip().replace("%", "").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a number; write 12.5 for 12.5%.");
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("A share is between 0 and 100.");
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new IllegalArgumentException("Use at most one decimal, such as 12.5.");
    }
    return value.setScale(1);
  }

  static List<GoalLine> goalLines(Map<String, Goal> saved) {
    List<GoalLine> lines = new ArrayList<>();
    for (RaceEthnicity category : RaceEthnicity.values()) {
      lines.add(line(saved, EquityGoals.RACE_ETHNICITY, category.code(), category.label()));
    }
    for (Gender category : Gender.values()) {
      lines.add(line(saved, EquityGoals.GENDER, category.code(), category.label()));
    }
    return lines;
  }

  private static GoalLine line(
      Map<String, Goal> saved, String dimension, String category, String label) {
    Goal goal = saved.get(Goal.key(dimension, category));
    return new GoalLine(
        dimension,
        category,
        label,
        goal == null || goal.baseline() == null ? "" : goal.baseline().toPlainString(),
        goal == null || goal.target() == null ? "" : goal.target().toPlainString(),
        null);
  }
}
