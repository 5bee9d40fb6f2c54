package io.storyline.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a reader searches with words, sees highlighted snippets with hostile text inert and the top
 * entities drawn, narrows by an entity facet, removes the filter again, saves the search and opens it later.
 */
@ExtendWith(SharedServer.class)
class SearchPageIT {


    @Test
    void aReaderSearchesNarrowsByAFacetAndSavesTheSearch(TestInfo test) throws Exception {
        String token = "sp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long blinken = Reports.analysed("Blinken in Jerusalem\n\nAntony Blinken met Benjamin Netanyahu in Jerusalem"
                + " on Wednesday. Code " + token + ". Someone wrote <script>alert('x')</script> here.\n", "2024-05-01");
        Reports.analysed("Hamas in Doha\n\nHamas officials met Qatari mediators in Doha on Thursday. Code " + token
                + ".\n", "2024-05-02");

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                driver.findElement(By.id("nav-search")).click();
                browser.waitForText(By.tagName("h1"), "Search");

                WebElement q = browser.waitFor(By.id("q"));
                q.sendKeys(token + " alert");
                q.submit();
                browser.waitForText(By.cssSelector(".summary"), "1 document(s)");
                WebElement snippet = driver.findElement(By.cssSelector(".hit .snippet"));
                assertTrue(snippet.getText().contains("<script>"), "hostile text shows as text: " + snippet.getText());
                assertTrue(snippet.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equals("alert")),
                        "the match is marked: " + snippet.getAttribute("innerHTML"));
                assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                        "return document.querySelectorAll('.snippet script').length;"));

                q = driver.findElement(By.id("q"));
                q.clear();
                q.sendKeys(token);
                q.submit();
                browser.waitForText(By.cssSelector(".summary"), "2 document(s)");
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".entity-chart canvas"), 1));
                WebElement person = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//section[contains(@class,'facet-entity')]//a[starts-with(normalize-space(.),"
                                + "'Antony Blinken')]")));
                person.click();
                browser.waitForText(By.cssSelector(".summary"), "1 document(s)");
                List<WebElement> hits = driver.findElements(By.cssSelector(".hit .hit-title"));
                assertEquals(1, hits.size());
                assertTrue(hits.get(0).getAttribute("href").endsWith("id=" + blinken), hits.get(0).getAttribute("href"));
                WebElement chip = driver.findElement(By.cssSelector(".chips .chip"));
                assertTrue(chip.getText().contains("Antony Blinken"), chip.getText());
                browser.screenshot("search-page");

                WebElement name = driver.findElement(By.id("save:name"));
                name.sendKeys("Blinken " + token);
                driver.findElement(By.cssSelector("#save input[type=submit]")).click();
                WebElement saved = wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//section[@class='saved']//a[.='Blinken " + token + "']")));

                chip = driver.findElement(By.cssSelector(".chips .chip"));
                chip.click();
                browser.waitForText(By.cssSelector(".summary"), "2 document(s)");
                assertFalse(driver.findElements(By.cssSelector(".chips .chip")).stream()
                        .anyMatch(c -> c.getText().contains("Antony Blinken")), "the filter is gone");

                // An event type chosen from its facet: the chip says its label, as the facet does, not its code.
                WebElement eventType = driver.findElement(By.cssSelector(".facet-eventType li a"));
                String label = eventType.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").strip();
                eventType.click();
                wait.until(d -> !d.findElements(By.cssSelector(".chips .chip")).isEmpty());
                String typeChip = driver.findElement(By.cssSelector(".chips .chip")).getText();
                assertTrue(typeChip.contains("event type " + label) && !label.equals(label.toUpperCase(java.util.Locale.ROOT)),
                        "the chip names the event type as people read it: " + typeChip);
                driver.findElement(By.cssSelector(".chips .chip")).click();
                browser.waitForText(By.cssSelector(".summary"), "2 document(s)");

                saved = driver.findElement(By.xpath("//section[@class='saved']//a[.='Blinken " + token + "']"));
                saved.click();
                browser.waitForText(By.cssSelector(".summary"), "1 document(s)");
                hits = driver.findElements(By.cssSelector(".hit .hit-title"));
                hits.get(0).click();
                browser.waitForText(By.tagName("h1"), "Blinken in Jerusalem");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }
}
