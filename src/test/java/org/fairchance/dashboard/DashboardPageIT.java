package org.fairchance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairchance.support.Browser;
import org.fairchance.support.EngineRest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard as people reach it: only managers open it or download its figures, the export hides
 * what the page hides, a manager sets goals through the form in a real browser, and the page is
 * photographed for people to look at ({@code target/screenshots/dashboard.png}, and {@code
 * dashboard-phone.png} at a phone's width). The demo run, with a generated history added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageIT {

  static final String DASHBOARD = "/manage/dashboard";
  static final String EXPORT = "/manage/dashboard/export.csv";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void generateHistory() {
    new GeneratedHistory(jdbc, DashboardFiguresIT::race, DashboardFiguresIT::gender)
        .write(DashboardFiguresIT.GROUPS);
  }

  @Test
  void managersOpenTheDashboardAndItsExport() {
    var manager = EngineRest.as(port, "manager", "manager");

    var page = manager.get(DASHBOARD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Program dashboard", "<svg", "Employers at each stage now");
    assertThat(page.body()).doesNotContain("<script");
    var export = manager.get(EXPORT);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment", "dashboard.csv"));
  }

  @Test
  void staffReviewersAndLiaisonsAreRefused() {
    for (String user : new String[] {"staff", "reviewer", "liaison"}) {
      var caller = EngineRest.as(port, user, user);
      assertThat(caller.get(DASHBOARD).statusCode()).as(user).isEqualTo(403);
      assertThat(caller.get(EXPORT).statusCode()).as(user).isEqualTo(403);
      assertThat(caller.get(EXPORT + "?table=equity-race").statusCode()).as(user).isEqualTo(403);
    }
  }

  @Test
  void aBrowserWithoutASignInIsSentToTheSignInPage() throws Exception {
    for (String path : new String[] {DASHBOARD, EXPORT}) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                      .header("Accept", "text/html")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    assertThat(EngineRest.anonymous(port).get(EXPORT).statusCode()).isEqualTo(401);
  }

  @Test
  void theExportHidesWhatThePageHides() {
    var manager = EngineRest.as(port, "manager", "manager");

    String race = manager.get(EXPORT + "?table=equity-race").body();
    assertThat(race.lines().findFirst())
        .hasValueSatisfying(
            h -> assertThat(h).startsWith("Race or ethnicity,Hires,Share of hires"));
    assertThat(race).contains("\r\nTwo or More Races,suppressed,suppressed,");
    assertThat(race).contains("\r\nAmerican Indian or Alaska Native,suppressed,");
    assertThat(race).contains("\r\nBlack or African American,80,");
    String all = manager.get(EXPORT).body();
    assertThat(all).contains("Hires by race or ethnicity,Two or More Races,Hires,suppressed");
    assertThat(all).doesNotContain("Two or More Races,Hires,6");
    assertThat(manager.get(EXPORT + "?table=nothing-like-this").statusCode()).isEqualTo(404);
  }

  @Test
  void aBadDateIsExplainedAndTheRestOfTheFilterKept() {
    var page =
        EngineRest.as(port, "manager", "manager").get(DASHBOARD + "?from=2025-13-01&county=Clay");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("is not a date like 2026-03-01");
    assertThat(page.body()).contains("<option value=\"Clay\" selected=\"selected\">Clay</option>");
  }

  @Test
  void aManagerSetsGoalsInTheFormAndAMistakeLosesNothing() throws Exception {
    try (Browser browser = Browser.open(port)) {
      signIn(browser);
      browser.go(DASHBOARD);
      WebElement baseline = browser.waitForVisible(By.name("baseline.race-ethnicity.white"));
      WebElement target = browser.driver().findElement(By.name("target.race-ethnicity.white"));
      baseline.clear();
      baseline.sendKeys("31.5");
      target.clear();
      target.sendKeys("120");
      target.submit();

      browser.waitForVisible(By.className("field-error"));
      assertThat(browser.driver().findElement(By.className("field-error")).getText())
          .isEqualTo("A share is between 0 and 100.");
      assertThat(
              browser
                  .driver()
                  .findElement(By.name("baseline.race-ethnicity.white"))
                  .getAttribute("value"))
          .isEqualTo("31.5");
      assertThat(
              browser
                  .driver()
                  .findElement(By.name("target.race-ethnicity.white"))
                  .getAttribute("value"))
          .isEqualTo("120");

      WebElement fixed = browser.driver().findElement(By.name("target.race-ethnicity.white"));
      fixed.clear();
      fixed.sendKeys("25");
      fixed.submit();

      browser.waitUntil(
          "the goals are saved", d -> d.getPageSource().contains("Baseline and targets saved."));
      String row =
          browser
              .driver()
              .findElement(By.xpath("//table[@class='data stack figures']/tbody/tr[th='White']"))
              .getText();
      assertThat(row).contains("31.5%", "25.0%");
    }
  }

  @Test
  void photographsTheDashboardOnAScreenAndOnAPhone() throws Exception {
    try (Browser browser = Browser.open(port)) {
      signIn(browser);
      browser.go(DASHBOARD);
      browser.waitForVisible(By.cssSelector("#pipeline-funnel svg"));
      browser.driver().manage().window().setSize(new Dimension(1280, Browser.MAX_WINDOW_HEIGHT));
      Path screen = browser.screenshot("dashboard");

      browser.driver().manage().window().setSize(new Dimension(390, Browser.MAX_WINDOW_HEIGHT));
      browser.go(DASHBOARD);
      browser.waitForVisible(By.cssSelector("#pipeline-funnel svg"));
      long overflow =
          (Long)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      Path phone = browser.screenshot("dashboard-phone");

      assertThat(Files.size(screen)).isGreaterThan(20_000);
      assertThat(Files.size(phone)).isGreaterThan(20_000);
      assertThat(overflow).as("the page scrolls sideways on a phone").isLessThanOrEqualTo(0);
    }
  }

  private static void signIn(Browser browser) {
    browser.go("/login");
    browser.waitForVisible(By.id("username")).sendKeys("manager");
    browser.driver().findElement(By.id("password")).sendKeys("manager");
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil("signed in", d -> d.getCurrentUrl().endsWith("/manage"));
  }
}
