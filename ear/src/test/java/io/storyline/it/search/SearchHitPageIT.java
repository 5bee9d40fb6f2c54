package io.storyline.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a misspelt search offers "Did you mean", whose link runs the archive's word; the hits' publication
 * months are drawn and listed; opening a hit shows the document with every form of the searched word marked, and
 * hostile text around it inert.
 */
@ExtendWith(SharedServer.class)
class SearchHitPageIT {

    @Test
    void aMisspeltSearchIsCorrectedAndTheOpenedHitMarksTheWords(TestInfo test) throws Exception {
        String token = "Hpqab" + SearchLanguageIT.letters(7);
        long report = Reports.analysed("Strike in Haifa\n\nDock workers protested in Haifa on Monday. " + token
                + " protests went on; a sign read <img src=x onerror=alert(1)> protests.\n", "2024-03-11");
        Reports.analysed("Haifa port\n\nThe port of Haifa reopened on Tuesday. " + token + ".\n", "2024-04-02");
        String typo = "Hpqba" + token.substring(5);

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                browser.open("search/index.xhtml?q=" + URLEncoder.encode(typo, StandardCharsets.UTF_8));
                browser.waitForText(By.cssSelector(".summary"), "0 document(s)");
                WebElement suggestion = browser.waitFor(By.id("suggestionLink"));
                assertEquals(token, suggestion.getText());
                suggestion.click();
                browser.waitForText(By.cssSelector(".summary"), "2 document(s)");
                assertEquals(token, driver.findElement(By.id("q")).getAttribute("value"));

                // The months of the hits: drawn, and listed in a table with a link per month.
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".date-histogram canvas"), 1));
                List<String> rows = driver.findElements(By.cssSelector("#dateTable tbody tr")).stream()
                        .map(r -> r.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
                assertEquals(List.of("2024-03 1", "2024-04 1"), rows);
                String march = driver.findElement(By.xpath("//table[@id='dateTable']//a[.='2024-03']"))
                        .getAttribute("href");
                assertTrue(march.contains("from=2024-03-01") && march.contains("to=2024-03-31"), march);

                // A click on the March bar narrows the search to March.
                WebElement canvas = driver.findElement(By.cssSelector(".date-histogram canvas"));
                List<?> bar = (List<?>) wait.until(d -> ((JavascriptExecutor) d).executeScript(
                        "var c = document.querySelector('.date-histogram canvas');"
                                + "var chart = window.Chart && Chart.getChart(c); if (!chart) return null;"
                                + "var b = chart.getDatasetMeta(0).data[0]; var r = c.getBoundingClientRect();"
                                + "return [b.x - r.width / 2, (b.y + b.base) / 2 - r.height / 2];"));
                new Actions(driver).moveToElement(canvas, ((Number) bar.get(0)).intValue(),
                        ((Number) bar.get(1)).intValue()).click().perform();
                browser.waitForText(By.cssSelector(".summary"), "1 document(s)");
                assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("from 2024-03-01"),
                        driver.findElement(By.cssSelector(".chips")).getText());

                WebElement q = driver.findElement(By.id("q"));
                q.clear();
                q.sendKeys(token + " protest");
                q.submit();
                browser.waitForText(By.cssSelector(".summary"), "1 document(s)");
                assertEquals(0, browser.scriptProblems().size(), browser.scriptProblems().toString());
                WebElement hit = driver.findElement(By.cssSelector(".hit .hit-title"));
                assertTrue(hit.getAttribute("href").endsWith("id=" + report), hit.getAttribute("href"));
                hit.click();
                browser.waitForText(By.tagName("h1"), "Strike in Haifa");
                List<String> marked = wait.until(d -> {
                    List<String> m = d.findElements(By.cssSelector("#doc\\:text mark, .doc-text mark")).stream()
                            .map(WebElement::getText).toList();
                    return m.size() >= 4 ? m : null;
                });
                assertEquals(List.of("protested", token, "protests", "protests"), marked);
                assertTrue(driver.findElement(By.cssSelector(".search-hits")).getText().contains("4 place(s)"),
                        driver.findElement(By.cssSelector(".search-hits")).getText());
                assertTrue(driver.findElement(By.cssSelector(".doc-text")).getText()
                        .contains("<img src=x onerror=alert(1)>"), "hostile text shows as text");
                assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                        "return document.querySelectorAll('.doc-text img').length;"));
                browser.screenshot("search-hit-document");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }
}
