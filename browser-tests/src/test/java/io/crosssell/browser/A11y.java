package io.crosssell.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run inside the page the browser shows: the build puts the pinned npm
 * package into node_modules (pom.xml), the test injects axe.min.js and reads the violations back.
 */
final class A11y {

    private static String engine;

    private A11y() {
    }

    /** Every violation axe finds on the current page at impact "serious" or "critical", one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) throws IOException {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(engine());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = page.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return {rule: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' — ' + n.failureSummary; })}; }));"
                + "}, function (e) { done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            lines.add(violation.get("impact") + " " + violation.get("rule") + " (" + violation.get("help") + "): "
                    + violation.get("nodes"));
        }
        return lines;
    }

    private static synchronized String engine() throws IOException {
        if (engine == null) {
            Path script = Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException(script + " is missing: the build installs it with `npm ci` (browser-tests/pom.xml)");
            }
            engine = new String(Files.readAllBytes(script), StandardCharsets.UTF_8);
        }
        return engine;
    }
}
