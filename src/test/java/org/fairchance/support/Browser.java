package org.fairchance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for tests of pages: Debian's headless Chromium driven through its chromedriver,
 * both at fixed paths so Selenium Manager never looks for (or downloads) a browser or driver. Each
 * browser has a fresh profile, so no cookie, login or form draft carries over from another test.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The tallest a window grows to show a whole page in a screenshot. */
  public static final int MAX_WINDOW_HEIGHT = 4000;

  /** Where screenshots go, below the build folder. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** How long a page may take to show what a test waits for. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Browser(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Starts a browser for the application on {@code http://localhost:<port>}. */
  public static Browser open(int port) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    Path profile = createProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // Root on a CI machine: Chromium's sandbox refuses to run as root.
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // A closed network: no update checks, component downloads or sync.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    try {
      return new Browser(
          "http://localhost:" + port, profile, service, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile(profile);
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application, such as {@code /camunda/app/tasklist/default/}. */
  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Waits until {@code condition} returns something other than null or false, and returns it. */
  public <T> T waitUntil(String what, Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .withMessage(what)
        // Pages that re-render (Angular, form-js) replace elements while a test looks at them.
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits for an element that is displayed. */
  public WebElement waitForVisible(By locator) {
    return waitUntil(
        "waiting for " + locator + " to be displayed",
        d ->
            d.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /** Whether an element matching {@code locator} is displayed now. */
  public boolean shows(By locator) {
    return visible(locator).findAny().isPresent();
  }

  /** The elements matching {@code locator} that are displayed now. */
  public Stream<WebElement> visible(By locator) {
    return driver.findElements(locator).stream().filter(WebElement::isDisplayed);
  }

  /**
   * Makes the window taller until {@code pane}, a part of the page with its own scroll bar, shows
   * all of its content (up to {@link #MAX_WINDOW_HEIGHT}), so a screenshot shows it whole.
   */
  public void growToShowAllOf(By pane) {
    WebElement element = waitForVisible(pane);
    int hidden = hiddenHeight(element);
    Dimension size = driver.manage().window().getSize();
    // A little more than needed, so the last line of the pane does not touch the page's footer.
    int height = Math.min(size.getHeight() + hidden + 40, MAX_WINDOW_HEIGHT);
    if (hidden <= 0 || height <= size.getHeight()) {
      return;
    }
    driver.manage().window().setSize(new Dimension(size.getWidth(), height));
    waitUntil(
        "waiting for " + pane + " to show all of its content",
        d -> hiddenHeight(element) <= 0 || height == MAX_WINDOW_HEIGHT);
  }

  private int hiddenHeight(WebElement element) {
    return ((Number)
            driver.executeScript(
                "return arguments[0].scrollHeight - arguments[0].clientHeight", element))
        .intValue();
  }

  /**
   * Saves what the window shows as {@code target/screenshots/<name>.png}; {@code name} may hold
   * folders ({@code tasklist/eligibility-review}). Returns the file.
   */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.move(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the screenshot " + file, e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile(profile);
    }
  }

  private static void requireExecutable(Path file, String debianPackage) {
    if (!Files.isExecutable(file)) {
      throw new IllegalStateException(
          file
              + " is missing (Debian package "
              + debianPackage
              + "). Tests of pages drive Debian's headless Chromium: apt-get install chromium"
              + " chromium-driver, as .ci/run does.");
    }
  }

  private static Path createProfile() {
    try {
      return Files.createTempDirectory("browser-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a browser profile folder", e);
    }
  }

  private static void deleteProfile(Path profile) {
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A file Chromium still holds open stays behind in the temporary folder: harmless.
    }
  }
}
