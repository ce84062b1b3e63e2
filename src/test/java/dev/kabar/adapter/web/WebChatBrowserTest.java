package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kabar.chat.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * ask, see the cited answer, open a citation, see a decline. Screenshots go to
 * {@code target/screenshots/} for review. Skipped where chromedriver is not installed.
 */
class WebChatBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path temp;

    private static Library library;
    private static WebServer server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs chromium and chromium-driver (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        library = TestServer.library(temp.resolve("index"));
        server = WebServer.start(library, new WebSettings("127.0.0.1", 0, 0), Clock.systemUTC());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                "--window-size=1280,900");
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (library != null) {
            library.close();
        }
    }

    @Test
    void should_answer_with_citations_open_the_passage_and_show_a_decline() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#examples .example")));
        screenshot("01-start-desktop");

        ask("Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?");
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.grounded")));
        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).contains("19 Juni 2024");
        List<WebElement> cites = answer.findElements(By.cssSelector(".answer-text a.cite"));
        assertThat(cites).isNotEmpty();
        assertThat(answer.findElements(By.cssSelector(".source .source-title"))).isNotEmpty();

        WebElement cite = cites.get(0);
        String articleId = cite.getDomAttribute("data-article-id");
        String ordinal = cite.getDomAttribute("data-ordinal");
        cite.click();
        WebElement passage = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#reader-article .passage.highlight")));
        assertThat(passage.getDomAttribute("id")).isEqualTo("p" + ordinal);
        assertThat(passage.getDomAttribute("data-passage-id")).isEqualTo(articleId + "#" + ordinal);
        assertThat(passage.getText()).isNotBlank();
        screenshot("02-answer-and-passage-desktop");

        driver.findElement(By.id("reader-close")).click();
        ask("Siapa yang unggul dalam survei elektabilitas calon Wali Kota Cirebon?");
        WebElement declined = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.declined")));
        assertThat(declined.findElement(By.cssSelector(".declined-label")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector(".turn"))).hasSize(2);
        screenshot("03-declined-desktop");
    }

    @Test
    void should_show_question_markup_as_text_and_work_on_a_phone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("send"), "Ask"));
        String hostile = "<img src=x id=injected> When was the pact signed?";
        ask(hostile);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.grounded, .answer.declined")));
        assertThat(driver.findElement(By.cssSelector(".question-text")).getText()).isEqualTo(hostile);
        assertThat(driver.findElements(By.id("injected"))).isEmpty();
        screenshot("04-english-phone");
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("send"), "Tanya"));
    }

    @Test
    void should_highlight_the_passage_on_the_permalink_page() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        String id = library.store().articles().get(1).meta().id();
        driver.get(base() + "a/" + id + "#p3");
        WebElement passage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage.highlight")));
        assertThat(passage.getDomAttribute("id")).isEqualTo("p3");
        assertThat(driver.findElement(By.cssSelector(".article-title")).getText()).isNotBlank();
        screenshot("05-permalink");
    }

    @Test
    void should_render_a_briefing_with_sections_and_clickable_citations() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base());
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        input.sendKeys("pakta pertahanan");
        driver.findElement(By.id("brief")).click();
        WebElement briefing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.briefing")));
        assertThat(briefing.findElements(By.cssSelector(".brief-section[data-section='keyPoints'] .brief-item")))
                .isNotEmpty();
        assertThat(briefing.findElements(By.cssSelector(".brief-section[data-section='timeline'] time"))).isNotEmpty();
        WebElement cite = briefing.findElement(By.cssSelector(".brief-item a.cite"));
        String ordinal = cite.getDomAttribute("data-ordinal");
        cite.click();
        WebElement passage = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#reader-article .passage.highlight")));
        assertThat(passage.getDomAttribute("id")).isEqualTo("p" + ordinal);
        screenshot("06-briefing-desktop");
        driver.findElement(By.id("reader-close")).click();
    }

    private static void ask(String question) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        input.clear();
        input.sendKeys(question);
        int before = driver.findElements(By.cssSelector(".turn")).size();
        driver.findElement(By.id("send")).click();
        wait.until(d -> d.findElements(By.cssSelector(".turn")).size() > before);
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
