package nl.slimmehandhaving.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7 Tasklist as a caseworker uses it: log in, pick a filter, claim a task, fill in its Camunda Form.
 * <p>Clicks and typing are DOM events fired in the page (element.click(), value + input/change events): in
 * headless Debian chromium 156 the Tasklist page (served with a CSP sandbox) does not receive chromedriver's
 * synthetic keyboard and mouse input, while the same commands work on a plain page. The pages, Angular
 * bindings, Camunda Forms and REST calls are the real ones.
 */
class Tasklist {

    /** form-js debounces typing into its form state; wait longer than that before submitting. */
    private static final Duration FORM_DEBOUNCE = Duration.ofSeconds(1);

    private final WebDriver driver;
    private final String url;
    private final Consumer<String> screenshot;
    private final WebDriverWait wait;

    Tasklist(WebDriver driver, String url, Consumer<String> screenshot) {
        this.driver = driver;
        this.url = url;
        this.screenshot = screenshot;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Tasklist logIn(String user, String password) {
        driver.get(url);
        fill(visible(By.cssSelector("input[ng-model='username']")), user);
        fill(visible(By.cssSelector("input[ng-model='password']")), password);
        screenshot.accept("login-" + user);
        click(visible(By.cssSelector("button[type='submit']")));
        visible(By.cssSelector(".task-filter"));
        screenshot.accept("logged-in");
        return this;
    }

    Tasklist openFilter(String name) {
        String filter = "//div[contains(concat(' ', @class, ' '), ' task-filter ')]"
                + "[.//a[contains(normalize-space(.),'" + name + "')]]";
        click(visible(By.xpath(filter + "//a")));
        wait.until(ExpectedConditions.attributeContains(By.xpath(filter), "class", "active"));
        screenshot.accept("filter");
        return this;
    }

    /** Tasks listed in the open filter for this case number (the filters show the case number as a variable). */
    List<WebElement> tasksOfCase(String caseNumber) {
        return driver.findElements(By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.),'"
                + caseNumber + "')]][not(.//li)]"));
    }

    Tasklist openTask(String caseNumber, String taskName) {
        WebElement task = wait.until(driver -> tasksOfCase(caseNumber).stream()
                .filter(item -> item.getText().contains(taskName)).findFirst().orElse(null));
        click(task.findElement(By.xpath(".//a[contains(normalize-space(.),'" + taskName + "')]")));
        visible(By.xpath("//*[self::button or self::a][normalize-space(.)='Claim']"));
        screenshot.accept("task-opened");
        return this;
    }

    Tasklist claim() {
        click(visible(By.xpath("//*[self::button or self::a][normalize-space(.)='Claim']")));
        visible(By.cssSelector(".fjs-container"));
        screenshot.accept("claimed");
        return this;
    }

    /** Clicks Claim where the engine is expected to refuse; read the refusal with {@link #errorNotification()}. */
    Tasklist attemptClaim() {
        click(visible(By.xpath("//*[self::button or self::a][normalize-space(.)='Claim']")));
        return this;
    }

    /** Ends the Tasklist session (the webapp's session cookie), so that another user can log in. */
    Tasklist logOut() {
        driver.manage().deleteAllCookies();
        return this;
    }

    WebElement field(String fieldId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='" + fieldId + "']")));
    }

    Tasklist check(String fieldId) {
        WebElement box = field(fieldId);
        js("arguments[0].scrollIntoView({block: 'center'});", box);
        if (!box.isSelected()) {
            click(box);
        }
        return this;
    }

    Tasklist type(String fieldId, String text) {
        fill(field(fieldId), text);
        pause(FORM_DEBOUNCE);
        return this;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Camunda Form select: opens its dropdown and picks the option with this label. */
    Tasklist select(String fieldId, String label) {
        WebElement select = field(fieldId);
        press(select);
        WebElement option = visible(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"));
        press(option);
        return this;
    }

    Tasklist complete() {
        screenshot.accept("form-filled");
        click(visible(By.xpath("//button[normalize-space(.)='Complete']")));
        return this;
    }

    String errorNotification() {
        return wait.until(driver -> driver.findElements(By.cssSelector("[role='alert'].alert-danger")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).getText();
    }

    void waitUntilTaskGone(String caseNumber) {
        wait.until(driver -> tasksOfCase(caseNumber).isEmpty());
        screenshot.accept("task-gone");
    }

    private WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void click(WebElement element) {
        js("arguments[0].click();", element);
    }

    /** mousedown, mouseup and click, for widgets (form-js dropdowns) that react to the press itself. */
    private void press(WebElement element) {
        js("""
                for (const type of ['mousedown', 'mouseup', 'click']) {
                  arguments[0].dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
                }
                """, element);
    }

    private void fill(WebElement input, String text) {
        js("""
                const input = arguments[0];
                input.focus();
                const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
                setter.call(input, arguments[1]);
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                input.blur();
                input.dispatchEvent(new FocusEvent('blur'));
                input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
                """, input, text);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
