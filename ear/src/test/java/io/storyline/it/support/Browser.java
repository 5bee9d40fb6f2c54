package io.storyline.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium in headless mode, driven by Debian's chromedriver: nothing is downloaded. The paths can be
 * changed with {@code -Dit.chromium} and {@code -Dit.chromedriver}.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() throws IOException {
        String chromium = System.getProperty("it.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + chromium
                    + ", " + chromedriver + "): apt-get install chromium chromium-driver, as .ci/run does.");
        }
        profile = Files.createTempDirectory("storyline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(TestServer.baseUri().resolve(path).toString());
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Signs in on the login page the browser is on. */
    public void signIn(String username, String password) {
        WebElement name = waitFor(By.id("login:username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.id("login:password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    /** Keeps a picture of the page for whoever reads a failure. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(TestServer.screenshots());
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // A missing screenshot must not hide the failure it was meant to show.
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
