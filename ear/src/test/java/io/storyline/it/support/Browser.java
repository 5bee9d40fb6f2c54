package io.storyline.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium in headless mode, driven by Debian's chromedriver: nothing is downloaded. The paths can be
 * changed with {@code -Dit.chromium} and {@code -Dit.chromedriver}.
 *
 * <p>One Chromium serves the whole run: {@link #session()} hands it to a test with its cookies and storage
 * cleared (a test that needs a second browser at the same time gets one of its own, closed with its session).
 * The session reads the browser's console as pages run: a script the page's content security policy refused, or
 * a script error nobody caught, fails the test when its session is closed (every browser test thereby checks that
 * the pages work under the policy, with nothing inline that the policy does not allow).
 */
public final class Browser implements AutoCloseable {

    private static Chromium shared;

    private final Chromium chromium;
    private final boolean own;
    private final WebDriver driver;
    private final List<String> scriptProblems = new ArrayList<>();

    private Browser(Chromium chromium, boolean own) {
        this.chromium = chromium;
        this.own = own;
        this.driver = chromium.driver;
        chromium.forget();
        readConsole();
        scriptProblems.clear();
    }

    /** The run's Chromium, as a new visitor would find it: no cookies, no storage, on a blank page. */
    public static synchronized Browser session() throws IOException {
        if (shared != null && !shared.alive()) {
            shared.quit();
            shared = null;
        }
        if (shared == null) {
            Chromium started = new Chromium();
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
            shared = started;
        }
        if (shared.inUse) {
            return new Browser(new Chromium(), true);
        }
        shared.inUse = true;
        return new Browser(shared, false);
    }

    private static synchronized void giveBack(Chromium chromium) {
        chromium.inUse = false;
    }

    /** A Chromium process with its own profile folder. */
    private static final class Chromium {

        final WebDriver driver;
        final Path profile;
        boolean inUse;

        Chromium() throws IOException {
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
            LoggingPreferences console = new LoggingPreferences();
            console.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", console);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }

        boolean alive() {
            try {
                driver.getWindowHandle();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** Leaves the site and forgets every visit: cookies (the session, the device cookie) and site storage. */
        void forget() {
            driver.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            String origin = TestServer.baseUri().toString().replaceAll("/$", "");
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // already gone
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        readConsole();
        driver.get(TestServer.baseUri().resolve(path).toString());
    }

    /**
     * What the console said since it was last read that shows a page not working as written: scripts the content
     * security policy refused, and uncaught script errors. Failed loads (a test opening a page it may not see) are
     * not problems.
     */
    public List<String> scriptProblems() {
        readConsole();
        return List.copyOf(scriptProblems);
    }

    private void readConsole() {
        try {
            String where = driver.getCurrentUrl();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                String message = entry.getMessage();
                if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                        || message.contains("Uncaught")) {
                    scriptProblems.add(where + ": " + message);
                }
            }
        } catch (RuntimeException e) {
            // a browser that is gone has nothing more to say
        }
    }

    public WebElement waitFor(By by) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the page has no Faces request in flight (PrimeFaces' queue empty, jQuery idle): a click on a
     * part of the page that an answer is about to replace lands on the old part, which a user would not see.
     */
    public void awaitQuiet() {
        patiently().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var q = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;"
                        + " return (!q || q.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    public void waitForText(By by, String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * A wait that asks again when the page is being replaced under it (a navigation in flight makes Chromium answer
     * "node does not belong to the document" or a stale element); a real problem still fails at the timeout.
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
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

    /**
     * Ends the session: fails when a page broke its content security policy or threw an uncaught error. The shared
     * Chromium forgets the session's cookies and storage and waits for the next test.
     */
    @Override
    public void close() {
        List<String> problems = scriptProblems();
        if (own) {
            chromium.quit();
        } else {
            try {
                chromium.forget();
            } catch (RuntimeException e) {
                chromium.quit();
            } finally {
                giveBack(chromium);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Pages ran into their content security policy or threw errors:\n"
                    + String.join("\n", problems));
        }
    }
}
