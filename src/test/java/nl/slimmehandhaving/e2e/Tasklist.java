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

/** Camunda 7 Tasklist as a caseworker uses it: log in, pick a filter, claim a task, fill in its Camunda Form. */
class Tasklist {

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
        // the login form is drawn twice while Tasklist boots; type until the fields keep what was typed
        wait.until(driver -> {
            WebElement username = driver.findElement(By.cssSelector("input[ng-model='username']"));
            WebElement secret = driver.findElement(By.cssSelector("input[ng-model='password']"));
            fill(username, user);
            fill(secret, password);
            return user.equals(username.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
        });
        screenshot.accept("login-" + user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters, .filters")));
        screenshot.accept("logged-in");
        return this;
    }

    Tasklist openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='" + name + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list")));
        screenshot.accept("filter");
        return this;
    }

    /** Task names listed in the open filter for this case number (the filter shows the case number as a variable). */
    List<WebElement> tasksOfCase(String caseNumber) {
        return driver.findElements(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
                + "[.//*[normalize-space(text())='" + caseNumber + "']]"));
    }

    Tasklist openTask(String caseNumber, String taskName) {
        WebElement task = wait.until(driver -> tasksOfCase(caseNumber).stream()
                .filter(item -> item.getText().contains(taskName)).findFirst().orElse(null));
        task.findElement(By.xpath(".//*[normalize-space(text())='" + taskName + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details, [cam-tasklist-task]")));
        screenshot.accept("task-opened");
        return this;
    }

    Tasklist claim() {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(normalize-space(.),'Claim')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        screenshot.accept("claimed");
        return this;
    }

    WebElement field(String fieldId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='" + fieldId + "']")));
    }

    Tasklist check(String fieldId) {
        WebElement box = field(fieldId);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    Tasklist type(String fieldId, String text) {
        fill(field(fieldId), text);
        return this;
    }

    /**
     * Types into a field; where headless chromium drops the keystrokes, sets the value as the browser would
     * and fires the input and change events the page listens to (AngularJS in Tasklist, Preact in form-js).
     */
    private void fill(WebElement input, String text) {
        input.click();
        input.clear();
        input.sendKeys(text);
        if (!text.equals(input.getDomProperty("value"))) {
            ((JavascriptExecutor) driver).executeScript("""
                    const input = arguments[0];
                    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
                    setter.call(input, arguments[1]);
                    input.dispatchEvent(new Event('input', { bubbles: true }));
                    input.dispatchEvent(new Event('change', { bubbles: true }));
                    """, input, text);
        }
    }

    /** A Camunda Form select: opens its dropdown and picks the option with this label. */
    Tasklist select(String fieldId, String label) {
        field(fieldId).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))).click();
        return this;
    }

    Tasklist complete() {
        screenshot.accept("form-filled");
        driver.findElement(By.xpath("//button[normalize-space(.)='Complete']")).click();
        return this;
    }

    String errorNotification() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .alert-danger"))).getText();
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),\"" + text + "\")]")));
    }

    void waitUntilTaskGone(String caseNumber) {
        wait.until(driver -> tasksOfCase(caseNumber).isEmpty());
    }
}
