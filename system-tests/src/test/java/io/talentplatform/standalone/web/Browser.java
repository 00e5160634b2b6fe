package io.talentplatform.standalone.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, driven by its chromedriver (never a downloaded one), as one person uses the pages: every page it
 * lands on is photographed, checked with axe-core, and its source kept for the confidentiality check. Under CI a
 * missing browser fails the build; elsewhere the journeys are skipped.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = axeScript();

    /** One page as one viewer saw it. */
    record Visit(String viewer, String name, String url, String source, List<String> violations) {
    }

    private final WebDriver driver;
    private final String base;
    private final String viewer;
    private final Path screenshots;
    private final List<Visit> visits;
    private int count;

    private Browser(WebDriver driver, String base, String viewer, Path screenshots, List<Visit> visits) {
        this.driver = driver;
        this.base = base;
        this.viewer = viewer;
        this.screenshots = screenshots;
        this.visits = visits;
    }

    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("Chromium and chromedriver under /usr/bin (apt-get install chromium "
                    + "chromium-driver); CI must not skip the browser journeys").isTrue();
        }
        Assumptions.assumeTrue(present, "no Chromium at /usr/bin/chromium: the browser journeys are skipped");
    }

    /** A fresh browser (no cookies) for one viewer; every visit is added to {@code visits}. */
    static Browser open(int port, String viewer, List<Visit> visits) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path screenshots = Path.of(System.getProperty("journeys.screenshots", "target/screenshots"));
        return new Browser(driver, "http://localhost:" + port, viewer, screenshots, visits);
    }

    /** Signs in on the standalone build's sign-in page as a person in the given roles. */
    Browser signIn(String employeeId, String... roles) {
        go("/sign-in");
        WebElement form = driver.findElement(By.cssSelector("form.card"));
        List<WebElement> people = form.findElements(By.cssSelector("input[name=employeeId][value='" + employeeId
                + "']"));
        if (people.isEmpty()) {
            ((JavascriptExecutor) driver).executeScript(
                    "var input = document.createElement('input'); input.type = 'hidden'; input.name = 'employeeId';"
                            + " input.value = arguments[1]; arguments[0].appendChild(input);"
                            + " arguments[0].querySelectorAll('input[type=radio]').forEach(r => r.checked = false);",
                    form, employeeId);
        } else {
            click(people.get(0));
        }
        for (WebElement role : form.findElements(By.cssSelector("input[name=roles]"))) {
            boolean wanted = List.of(roles).contains(role.getAttribute("value"));
            if (role.isSelected() != wanted) {
                click(role);
            }
        }
        WebElement signIn = form.findElement(By.cssSelector("button[type=submit]"));
        leave(() -> click(signIn));
        landed("signed-in");
        return this;
    }

    /** Opens a page by its path and records the visit. */
    Browser go(String path) {
        driver.get(base + path);
        landed(path.replaceAll("[^a-zA-Z0-9]+", "-"));
        return this;
    }

    /** Follows the link with this text. */
    Browser follow(String linkText) {
        WebElement link = driver.findElement(By.linkText(linkText));
        leave(() -> click(link));
        landed(linkText);
        return this;
    }

    /** Fills a field of the form that holds the button with {@code buttonText}, by the field's name. */
    Browser fill(String buttonText, Map<String, String> fields) {
        WebElement form = formOf(buttonText);
        fields.forEach((name, value) -> {
            WebElement field = form.findElement(By.name(name));
            switch (field.getTagName()) {
                case "select" -> new Select(field).selectByValue(value);
                default -> {
                    String type = field.getAttribute("type");
                    if ("checkbox".equals(type) || "radio".equals(type)) {
                        List<WebElement> options = form.findElements(By.cssSelector("input[name='" + name + "']"));
                        for (WebElement option : options) {
                            boolean wanted = List.of(value.split(",")).contains(option.getAttribute("value"));
                            if (option.isSelected() != wanted) {
                                click(option);
                            }
                        }
                    } else if ("date".equals(type) || "datetime-local".equals(type)) {
                        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field,
                                value);
                    } else {
                        field.clear();
                        field.sendKeys(value);
                    }
                }
            }
        });
        return this;
    }

    /** Presses the button with this text and records the page it leads to. */
    Browser press(String buttonText) {
        // A page that polls (the read models' status) may replace the button between finding and clicking it.
        leave(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    click(formOf(buttonText).findElement(By.xpath(".//button[normalize-space()='" + buttonText
                            + "']")));
                    return;
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    if (attempt == 3) {
                        throw replaced;
                    }
                }
            }
        });
        landed(buttonText);
        return this;
    }

    /** Presses the button twice at once, as an impatient double click does, and records the page it leads to. */
    Browser pressTwice(String buttonText) {
        WebElement button = formOf(buttonText).findElement(By.xpath(".//button[normalize-space()='" + buttonText
                + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click(); arguments[0].click();", button);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("#never"));
        landed(buttonText + "-twice");
        return this;
    }

    /**
     * Types {@code value} into the field with this id and presses the button of its form: for a page with one such
     * form per item (a gig, a mentor), where the button's text does not tell them apart.
     */
    Browser submitBy(String fieldId, String value, String name) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        WebElement button = field.findElement(By.xpath("ancestor::form//button[@type='submit']"));
        leave(() -> click(button));
        landed(name);
        return this;
    }

    /** Fills and presses in one step. */
    Browser submit(String buttonText, Map<String, String> fields) {
        return fill(buttonText, fields).press(buttonText);
    }

    /** Scrolls the first heading holding {@code text} to the top and photographs the page there. */
    Browser scrollTo(String text) {
        WebElement heading = driver.findElement(By.xpath(
                "//*[self::h1 or self::h2 or self::h3][contains(normalize-space(), '" + text + "')]"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", heading);
        landed("at-" + text.replaceAll("[^A-Za-z0-9-]+", "-"));
        return this;
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** Photographs the page as it is now, under {@code name}, and records the visit. */
    Browser photograph(String name) {
        landed(name);
        return this;
    }

    /** Waits until the page's main text shows {@code expected}, reloading as the read models catch up. */
    Browser awaitText(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(500)).until(d -> {
            if (text().contains(expected)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        landed("after-wait");
        return this;
    }

    /**
     * Does what navigates away, and returns once this page is gone: the page it leads to is then the one loading, so
     * nothing is read from, or photographed on, a page being left (Chromium aborts a screenshot taken mid-navigation).
     */
    private void leave(Runnable navigation) {
        WebElement page = driver.findElement(By.tagName("html"));
        navigation.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page));
    }

    /**
     * Whether the page's root can no longer be asked about: stale, or (as Chromium answers mid-navigation) a node
     * that "does not belong to the document".
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException left) {
            return true;
        }
    }

    /** Scrolled to the middle of the window first, so that no sticky part of the page is in the way. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private WebElement formOf(String buttonText) {
        return driver.findElement(By.xpath("//form[.//button[normalize-space()='" + buttonText + "']]"));
    }

    /** Photographs the page, runs axe-core in it, and keeps its source. */
    private void landed(String name) {
        // A page still being replaced may refuse the script for a moment: asked again until the new one is complete.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        count++;
        String file = String.format("%s-%02d-%s.png", viewer, count, name.length() > 40 ? name.substring(0, 40)
                : name);
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        visits.add(new Visit(viewer, name, driver.getCurrentUrl(), driver.getPageSource(), axe()));
    }

    /** axe-core's violations of impact serious or critical (WCAG 2.2 A and AA rules), as sentences. */
    @SuppressWarnings("unchecked")
    private List<String> axe() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(AXE);
        Object result = script.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                    .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join('; '))))
                    .catch(e => done(['axe failed: ' + e]));""");
        return result instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of(String.valueOf(result));
    }

    private static String axeScript() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
