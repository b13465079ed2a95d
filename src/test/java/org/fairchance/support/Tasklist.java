package org.fairchance.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist as a person uses it, in a {@link Browser}. */
public final class Tasklist {

  private static final String APP = "/camunda/app/tasklist/default/";

  private static final By USER_NAME = By.cssSelector("form[name=signinForm] input[type=text]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[type=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");

  /** The logged-in user's name in the header. */
  private static final By ACCOUNT = By.cssSelector("li.account");

  private static final By TASK_NAME = By.cssSelector("h2.task");

  /** The task column, which scrolls on its own when a form is long. */
  private static final By TASK_PANE =
      By.cssSelector(".task-details .three-cols-layout-cell.content");

  /** What form-js renders once a Camunda Form is imported. */
  private static final By CAMUNDA_FORM = By.cssSelector(".form-pane .fjs-container .fjs-form");

  /**
   * Errors as Tasklist shows them: "Form failure: …" in the form pane when a form cannot be loaded
   * or rendered, and failed requests in the notification area.
   */
  private static final By ERRORS = By.cssSelector(".alert-danger, .alert-error");

  private final Browser browser;

  public Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** Logs in on Tasklist's sign-in page; fails with Tasklist's message if it refuses. */
  public void logIn(String user, String password) {
    browser.go(APP + "#/login");
    browser.waitForVisible(USER_NAME);
    browser.waitUntil(
        "Tasklist's sign-in form to hold the login of " + user,
        d -> {
          WebElement userName = d.findElement(USER_NAME);
          WebElement secret = d.findElement(PASSWORD);
          if (user.equals(userName.getDomProperty("value"))
              && password.equals(secret.getDomProperty("value"))) {
            return true;
          }
          // The form focuses its user name field itself once it is ready; until then typing may
          // land in the wrong field. Type again on the next look.
          userName.clear();
          userName.sendKeys(user);
          secret.clear();
          secret.sendKeys(password);
          return false;
        });
    browser.driver().findElement(SIGN_IN).click();
    browser.waitUntil(
        "Tasklist to show " + user + " as logged in, or an error",
        d -> browser.shows(ACCOUNT) || browser.shows(ERRORS));
    List<String> errors = errors();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Tasklist refused the login of " + user + ": " + errors);
    }
  }

  /**
   * Opens a task and waits until its Camunda Form is rendered or Tasklist shows an error, whichever
   * comes first.
   */
  public TaskView openCamundaFormTask(String taskId) {
    String task = APP + "#/?task=" + taskId;
    browser.go(task);
    browser.waitUntil(
        "Tasklist to render the Camunda Form of task " + taskId + ", or an error",
        d -> {
          if (!d.getCurrentUrl().contains("task=" + taskId)) {
            // Just after a login Tasklist may still be moving to its start page.
            browser.go(task);
            return false;
          }
          return browser.shows(CAMUNDA_FORM) || browser.shows(ERRORS);
        });
    String taskName = browser.visible(TASK_NAME).map(WebElement::getText).findFirst().orElse("");
    String form = browser.visible(CAMUNDA_FORM).map(WebElement::getText).findFirst().orElse("");
    return new TaskView(taskName, form, errors());
  }

  /** Makes the window tall enough to show the whole open task, for a screenshot. */
  public void showWholeTask() {
    browser.growToShowAllOf(TASK_PANE);
  }

  /** The error messages Tasklist shows now. */
  public List<String> errors() {
    return browser.visible(ERRORS).map(WebElement::getText).toList();
  }

  /**
   * What Tasklist shows of a task.
   *
   * @param form the text of the rendered Camunda Form, empty when it was not rendered
   */
  public record TaskView(String taskName, String form, List<String> errors) {}
}
