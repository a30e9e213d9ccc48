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

import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.service.BundleImportService;

/**
 * {@code /crosssell-bundles-csv}: download every bundle as CSV (the section's view permission), and import a
 * pasted CSV (the bundles' maintain permission), with a dry run; the import is {@link BundleImportService}.
 */
@Controller
@RequestMapping("/" + CrossSellBundlesCsvController.SECTION_KEY)
public class CrossSellBundlesCsvController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-bundles-csv";
    static final int MAX_CHARACTERS = 1_000_000;

    @Resource(name = "csBundleImportService")
    protected BundleImportService imports;

    @RequestMapping(method = RequestMethod.GET)
    public String page(Model model, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("csrfToken", csrfToken());
        model.addAttribute("viewType", "crosssell/bundlesCsv");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public ResponseEntity<byte[]> export(HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set("Content-Disposition", "attachment; filename=\"crosssell-bundles.csv\"");
        return new ResponseEntity<byte[]>(imports.exportCsv().getBytes(StandardCharsets.UTF_8), headers, HttpStatus.OK);
    }

    @RequestMapping(value = "/import", method = RequestMethod.POST)
    public String importBundles(Model model, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "csv", required = false) String csv,
            @RequestParam(value = "dryRun", required = false) String dryRun) throws IOException {
        if (!mayChange(CrossSellBundle.class, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("csrfToken", csrfToken());
        model.addAttribute("viewType", "crosssell/bundlesCsv");
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
