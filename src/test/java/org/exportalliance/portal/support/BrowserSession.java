package org.exportalliance.portal.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One headless Chromium per test class, driven by Playwright, and a fresh browser context (its own cookies, so its
 * own signed-in user) for every {@link #open page} a test asks for. Register it as a static
 * {@code @RegisterExtension} field next to {@link RequiresChromium}.
 *
 * <p>When a test fails, every page it opened is saved as a screenshot under {@code target/e2e-screenshots/} before
 * the browser contexts close. With {@code -De2e.screenshots=all} the {@link #snapshot} calls in the tests save their
 * steps too.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
        BeforeEachCallback, TestExecutionExceptionHandler {

    /** Vaadin's dev mode can take several seconds to serve its first page on a busy two-core machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NAVIGATION_TIMEOUT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private String testName = "test";

    @Override
    public void beforeAll(ExtensionContext context) {
        // Playwright must never fetch browsers of its own: it drives the Chromium installed on the machine.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Chromium.path())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT.toMillis());
    }

    /**
     * A page in a new browser context, as a person with a Chinese-speaking browser in Shanghai would have. The label
     * names the page in screenshots ("staff", "member").
     */
    public Page open(String label) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 860));
        context.setDefaultTimeout(TIMEOUT.toMillis());
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT.toMillis());
        contexts.add(context);
        Page page = context.newPage();
        pages.put(label, page);
        return page;
    }

    /**
     * A new page signed in as a demo user (password demo1234) on the portal at {@code port}, once the start page (the
     * fair catalogue) shows.
     */
    public Page signIn(int port, String username) {
        return signIn(open(username), port, username);
    }

    /** Signs a demo user in on {@code page} (one of {@link #open}'s), as {@link #signIn(int, String)} does. */
    public Page signIn(Page page, int port, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo1234");
        snapshot(page, "login-" + username);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("#fair-catalogue")).isVisible();
        return page;
    }

    /** Saves a screenshot of a step when asked to with {@code -De2e.screenshots=all}. */
    public void snapshot(Page page, String step) {
        if ("all".equals(System.getProperty("e2e.screenshots"))) {
            screenshot(page, testName + "-" + step);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testName = nameOf(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        pages.forEach((label, page) -> {
            try {
                Path file = screenshot(page, testName + "-" + label + "-FAILED");
                failure.addSuppressed(new Throwable("Screenshot of page '" + label + "' at " + page.url()
                        + " saved to " + file.toAbsolutePath()));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        });
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        pages.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static String nameOf(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "."
                + context.getTestMethod().map(java.lang.reflect.Method::getName).orElse("class");
    }

    private static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
