package io.crosssell.admin.performance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.crosssell.admin.web.CrossSellAdminController;
import io.crosssell.csv.CsvTable;
import io.crosssell.rule.service.RuleShortcuts;
import io.crosssell.tracking.report.Funnel;
import io.crosssell.tracking.report.PerformanceReport;
import io.crosssell.tracking.report.PerformanceReportService;

/**
 * {@code /crosssell-performance}: what cross-selling earned over a date range (default: the last 30 UTC days), its
 * CSV exports ({@code export.csv?from=&to=&table=}), and the suggestions' one-click actions (POST, CSRF-checked,
 * the rules' maintain permission). Ranges are at most {@value #MAX_DAYS} days.
 */
@Controller
@RequestMapping("/" + CrossSellPerformanceController.SECTION_KEY)
public class CrossSellPerformanceController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-performance";
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    static final List<String> TABLES = Arrays.asList("placements", "days", "pairs", "rules", "bundles", "addons");

    @Resource(name = "csPerformanceReportService")
    protected PerformanceReportService reports;

    @Resource(name = "csRuleShortcuts")
    protected RuleShortcuts shortcuts;

    /** A date range read from the request, or why it could not be. */
    static final class Range {
        final LocalDate from;
        final LocalDate to;
        final String problem;

        private Range(LocalDate from, LocalDate to, String problem) {
            this.from = from;
            this.to = to;
            this.problem = problem;
        }

        static Range of(String fromParam, String toParam) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            try {
                LocalDate to = toParam == null || toParam.isEmpty() ? today : LocalDate.parse(toParam);
                LocalDate from = fromParam == null || fromParam.isEmpty() ? to.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(fromParam);
                if (to.isBefore(from)) {
                    return new Range(null, null, "The range ends before it starts.");
                }
                if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                    return new Range(null, null, "Choose at most " + MAX_DAYS + " days.");
                }
                return new Range(from, to, null);
            } catch (DateTimeParseException e) {
                return new Range(null, null, "Dates are written YYYY-MM-DD.");
            }
        }
    }

    @RequestMapping(method = RequestMethod.GET)
    public String page(Model model, HttpServletResponse response, @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "crosssell/performance");
        Range range = Range.of(from, to);
        if (range.problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rangeProblem", range.problem);
            range = Range.of(null, null);
        }
        PerformanceReport report = reports.report(range.from, range.to);
        model.addAttribute("report", report);
        model.addAttribute("suggestions", reports.suggestions(range.from, range.to));
        model.addAttribute("chartData", chartData(report));
        model.addAttribute("tables", TABLES);
        return "modules/defaultContainer";
    }

    /**
     * The charts' library, Apache ECharts from its WebJar. Served here rather than as a static resource mapping, which
     * Broadleaf's entity controller (every {@code /section/id/field} path) would shadow.
     */
    @RequestMapping(value = "/echarts.min.js", method = RequestMethod.GET)
    public ResponseEntity<byte[]> chartLibrary() throws IOException {
        InputStream in = getClass().getResourceAsStream(ECHARTS);
        if (in == null) {
            return new ResponseEntity<byte[]>(HttpStatus.NOT_FOUND);
        }
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(new MediaType("application", "javascript", StandardCharsets.UTF_8));
            headers.setCacheControl("private, max-age=86400");
            return new ResponseEntity<byte[]>(StreamUtils.copyToByteArray(in), headers, HttpStatus.OK);
        } finally {
            in.close();
        }
    }

    @RequestMapping(value = "/export.csv", method = RequestMethod.GET)
    public ResponseEntity<String> export(HttpServletResponse response, @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "table", required = false) String table) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        Range range = Range.of(from, to);
        String name = table == null || table.isEmpty() ? "placements" : table;
        if (range.problem != null || !TABLES.contains(name)) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
            return new ResponseEntity<String>(range.problem != null ? range.problem : "Unknown table; one of " + TABLES + ".", headers,
                    HttpStatus.BAD_REQUEST);
        }
        PerformanceReport report = reports.report(range.from, range.to);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set("Content-Disposition", "attachment; filename=\"crosssell-" + name + "-" + range.from + "-" + range.to + ".csv\"");
        return new ResponseEntity<String>(PerformanceCsv.write(report, name), headers, HttpStatus.OK);
    }

    @RequestMapping(value = "/suggestions/add-rule", method = RequestMethod.POST)
    public String addRule(HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam(value = "sourceProductId", required = false) Long source,
            @RequestParam(value = "targetProductId", required = false) Long target) throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(response)) {
            return null;
        }
        if (source == null || target == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        List<String> problems = shortcuts.createProductRule(source, target);
        redirect.addFlashAttribute(problems.isEmpty() ? "actionDone" : "actionRefused",
                problems.isEmpty() ? "Rule created and active: storefronts use it within seconds." : "Nothing was changed: " + problems);
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/suggestions/deactivate-rule", method = RequestMethod.POST)
    public String deactivateRule(HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam(value = "ruleId", required = false) Long ruleId) throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(response)) {
            return null;
        }
        if (ruleId == null || !shortcuts.deactivate(ruleId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        redirect.addFlashAttribute("actionDone", "Rule " + ruleId + " deactivated; it can be switched on again on its form.");
        return "redirect:/" + SECTION_KEY;
    }

    /** The daily series as JSON for the charts: numbers and ISO dates only, so nothing needs escaping. */
    static String chartData(PerformanceReport report) {
        StringBuilder days = new StringBuilder();
        List<String> series = new ArrayList<String>();
        for (String field : Arrays.asList("impressions", "clicks", "adds", "orders", "revenue")) {
            StringBuilder values = new StringBuilder();
            for (PerformanceReport.Row day : report.getDays()) {
                if (values.length() > 0) {
                    values.append(',');
                }
                values.append(valueOf(day.getFigures(), field));
            }
            series.add("\"" + field + "\":[" + values + "]");
        }
        for (PerformanceReport.Row day : report.getDays()) {
            days.append(days.length() > 0 ? "," : "").append('"').append(day.getKey()).append('"');
        }
        return "{\"days\":[" + days + "]," + String.join(",", series) + "}";
    }

    private static Object valueOf(Funnel figures, String field) {
        if ("impressions".equals(field)) {
            return figures.getImpressions();
        }
        if ("clicks".equals(field)) {
            return figures.getClicks();
        }
        if ("adds".equals(field)) {
            return figures.getAdds();
        }
        if ("orders".equals(field)) {
            return figures.getOrders();
        }
        BigDecimal revenue = figures.getRevenue();
        return revenue == null ? "0" : revenue.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Keeps CsvTable's formula-cell protection for exported names. */
    static CsvTable table(String... columns) {
        return new CsvTable(Arrays.asList(columns), "rows", Integer.MAX_VALUE);
    }
}
