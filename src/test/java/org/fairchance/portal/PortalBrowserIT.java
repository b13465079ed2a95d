package org.fairchance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.reminders.OutboxSender;
import org.fairchance.support.Browser;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An employer in headless Chromium: applies, gets the confirmation by mail, follows its link, is
 * asked a question by staff, follows that mail's link and answers it. A screenshot of each page is
 * saved in {@code target/screenshots/portal/}, at desktop width and at 375 pixels.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"fairchance.mail.scheduled=false", "fairchance.reminders.scheduled=false"})
@ActiveProfiles("test")
class PortalBrowserIT {

  private static final Logger LOG = LoggerFactory.getLogger(PortalBrowserIT.class);
  private static final Pattern PORTAL_LINK =
      Pattern.compile("https?://[^/\\s]+(/portal/[A-Za-z0-9_.-]+)");
  private static final String CONTACT = "rosa.diaz@brightline.example";
  private static final String ANSWER = "Two sites. <script>alert('x')</script>";

  static final SmtpServer smtp = new SmtpServer().start();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", smtp::port);
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @LocalServerPort int port;
  @Autowired OutboxSender sender;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Test
  void anEmployerAppliesFollowsTheMailedLinkAndAnswersAQuestion() throws Exception {
    try (Browser browser = Browser.open(port)) {
      long started = System.nanoTime();
      browser.go("/apply");
      WebElement company = field(browser, "Company name");
      LOG.info("Page /apply with its form shown: {} ms", (System.nanoTime() - started) / 1_000_000);
      browser.screenshot("portal/apply");

      company.sendKeys("Brightline Bakery");
      field(browser, "Your name").sendKeys("Rosa Diaz");
      field(browser, "Work e-mail").sendKeys(CONTACT);
      field(browser, "Phone").sendKeys("816-555-0123");
      field(browser, "County").sendKeys("jackson county");
      browser
          .driver()
          .findElement(By.cssSelector(".fjs-form-field-select .fjs-input-group"))
          .click();
      browser
          .waitForVisible(
              By.xpath(
                  "//div[contains(@class,'fjs-dropdownlist-item')][.='Hospitality and food service']"))
          .click();
      field(browser, "Number of employees").sendKeys("35");
      atPhoneWidth(browser, "portal/apply-375");

      started = System.nanoTime();
      browser.driver().findElement(By.cssSelector("#form-post button[type=submit]")).click();
      browser.waitForVisible(By.id("reference"));
      LOG.info("Application sent and confirmed: {} ms", (System.nanoTime() - started) / 1_000_000);
      browser.screenshot("portal/received");
      String businessKey = browser.driver().findElement(By.id("reference")).getText();
      ProcessInstance journey =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(EmployerOnboardingProcess.KEY)
              .processInstanceBusinessKey(businessKey)
              .singleResult();
      assertThat(runtimeService.getVariables(journey.getId()))
          .containsEntry(Variables.EMPLOYER_NAME, "Brightline Bakery")
          .containsEntry(Variables.COUNTY, "Jackson")
          .containsEntry(Variables.INDUSTRY, "hospitality")
          .containsEntry(Variables.EMPLOYEE_COUNT, 35);

      // Refreshing the confirmation or going back and sending again starts nothing new.
      browser.driver().navigate().refresh();
      assertThat(journeysOf("Brightline Bakery")).isEqualTo(1);

      String confirmationLink = linkInMailTo(CONTACT, "We received your application");
      started = System.nanoTime();
      browser.go(confirmationLink);
      browser.waitForVisible(By.id("no-tasks"));
      LOG.info("Page /portal/<token>: {} ms", (System.nanoTime() - started) / 1_000_000);
      browser.screenshot("portal/tasks-none");

      Task review =
          taskService
              .createTaskQuery()
              .processInstanceId(journey.getId())
              .taskDefinitionKey(Elements.TASK_REVIEW_ELIGIBILITY)
              .singleResult();
      taskService.complete(
          review.getId(),
          Map.of(
              Variables.ELIGIBILITY_DECISION,
              Values.MORE_INFORMATION,
              Variables.INFORMATION_REQUEST,
              "How many sites do you run?"));
      String taskLink = linkInMailTo(CONTACT, "Provide more information");

      browser.go(taskLink);
      browser.waitForVisible(By.cssSelector("a.task")).click();
      started = System.nanoTime();
      WebElement answer = field(browser, "Your answer");
      LOG.info("Task form shown: {} ms", (System.nanoTime() - started) / 1_000_000);
      assertThat(browser.driver().getPageSource()).contains("How many sites do you run?");

      // What slips past the browser's checks (here: sent by a script) the server refuses, with
      // its note next to the field and everything typed still there.
      String tooLong = "y".repeat(4001);
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelector('#form-post input[name=values]').value = arguments[0];"
                  + " document.getElementById('form-post').submit();",
              "{\"informationResponse\":\"" + tooLong + "\"}");
      WebElement note = browser.waitForVisible(By.cssSelector(".fjs-form-field-error"));
      // form-js words the length rule itself once it sees the value; either note names the limit.
      assertThat(note.getText()).contains("4000");
      assertThat(browser.driver().findElement(By.id("form-problem")).getText())
          .contains("another look");
      answer = field(browser, "Your answer");
      assertThat(answer.getAttribute("value")).isEqualTo(tooLong);
      browser.screenshot("portal/task-form-refused");

      answer.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      answer.sendKeys(ANSWER);
      browser.screenshot("portal/task-form");
      atPhoneWidth(browser, "portal/task-form-375");

      browser.driver().findElement(By.cssSelector("#form-post button[type=submit]")).click();
      browser.waitForVisible(By.id("done"));
      browser.screenshot("portal/task-done");

      assertThat(runtimeService.getVariable(journey.getId(), Variables.INFORMATION_RESPONSE))
          .isEqualTo(ANSWER);
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(journey.getId())
                  .taskDefinitionKey(Elements.TASK_REVIEW_ELIGIBILITY)
                  .count())
          .as("the answer is back with staff")
          .isEqualTo(1);
    }
  }

  /** The input a form-js label names. */
  static WebElement field(Browser browser, String label) {
    WebElement element =
        browser.waitForVisible(
            By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), '"
                    + label
                    + "')]"));
    return browser.driver().findElement(By.id(element.getAttribute("for")));
  }

  static void atPhoneWidth(Browser browser, String screenshot) {
    Dimension desktop = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(375, 900));
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    browser.screenshot(screenshot);
    browser.driver().manage().window().setSize(desktop);
    assertThat(overflow).as("sideways scrolling at 375 pixels").isLessThanOrEqualTo(0L);
  }

  long journeysOf(String company) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(EmployerOnboardingProcess.KEY)
        .variableValueEquals(Variables.EMPLOYER_NAME, company)
        .count();
  }

  /** Sends what waits in the outbox, and returns the portal path of the newest matching mail. */
  String linkInMailTo(String address, String subjectStart) throws Exception {
    sender.deliverDue();
    List<MimeMessage> received = smtp.received();
    for (int i = received.size() - 1; i >= 0; i--) {
      MimeMessage message = received.get(i);
      if (message.getAllRecipients()[0].toString().equals(address)
          && message.getSubject().contains(subjectStart)) {
        Matcher link = PORTAL_LINK.matcher(plainText(message));
        assertThat(link.find()).as("a personal link in " + message.getSubject()).isTrue();
        return link.group(1);
      }
    }
    throw new AssertionError(
        "No mail to "
            + address
            + " starting "
            + subjectStart
            + "; got: "
            + received.stream().map(PortalBrowserIT::subject).toList());
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "?";
    }
  }

  static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String text = plainText(body);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
