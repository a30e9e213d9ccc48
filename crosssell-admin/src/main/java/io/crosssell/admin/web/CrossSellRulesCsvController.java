package io.crosssell.admin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.rule.service.RuleImportService;

/**
 * {@code /crosssell-rules-csv}: download every rule as CSV (view permission), and import a CSV pasted into the
 * form (maintain permission), with a dry run. The import itself is {@link RuleImportService}: all rows are
 * checked first and nothing is written unless every row is good.
 */
@Controller
@RequestMapping("/" + CrossSellRulesCsvController.SECTION_KEY)
public class CrossSellRulesCsvController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-rules-csv";
    static final int MAX_CHARACTERS = 2_000_000;

    @Resource(name = "csRuleImportService")
    protected RuleImportService imports;

    @RequestMapping(method = RequestMethod.GET)
    public String page(Model model, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("csrfToken", csrfToken());
        model.addAttribute("viewType", "crosssell/rulesCsv");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public ResponseEntity<byte[]> export(HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set("Content-Disposition", "attachment; filename=\"crosssell-rules.csv\"");
        return new ResponseEntity<byte[]>(imports.exportCsv().getBytes(StandardCharsets.UTF_8), headers, HttpStatus.OK);
    }

    @RequestMapping(value = "/import", method = RequestMethod.POST)
    public String importRules(Model model, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "csv", required = false) String csv,
            @RequestParam(value = "dryRun", required = false) String dryRun) throws IOException {
        if (!mayChange(response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("csrfToken", csrfToken());
        model.addAttribute("viewType", "crosssell/rulesCsv");
        model.addAttribute("csv", csv);
        try {
            String text = CsvUpload.read(csv, CsvUpload.fileOf(request), MAX_CHARACTERS);
            if (text == null) {
                model.addAttribute("emptyInput", Boolean.TRUE);
            } else {
                model.addAttribute("report", imports.importCsv(text, dryRun != null));
                model.addAttribute("dryRun", dryRun != null);
            }
        } catch (IllegalArgumentException refused) {
            model.addAttribute("inputProblem", refused.getMessage());
        }
        return "modules/defaultContainer";
    }

}
