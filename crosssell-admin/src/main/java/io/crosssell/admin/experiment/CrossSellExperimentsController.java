package io.crosssell.admin.experiment;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.crosssell.admin.web.CrossSellAdminController;
import io.crosssell.experiment.ExperimentDefinition;
import io.crosssell.experiment.Treatment;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.service.ExperimentReportService;
import io.crosssell.experiment.service.ExperimentResults;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.experiment.service.ExperimentValidationException;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Strategy;

/**
 * {@code /crosssell-experiments}: the list, a form to set one up (a 90/10 holdout to start from), each experiment's
 * page with its report, CSV, and the actions start, stop and "make the winner the default" (POST, CSRF-checked,
 * the experiments' maintain permission). Viewing needs the section's view permission.
 */
@Controller
@RequestMapping("/" + CrossSellExperimentsController.SECTION_KEY)
public class CrossSellExperimentsController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-experiments";

    @Resource(name = "csExperimentService")
    protected ExperimentService experiments;

    @Resource(name = "csExperimentReportService")
    protected ExperimentReportService reports;

    @Resource(name = "csBundleService")
    protected BundleService bundles;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        prepare(model, "crosssell/experiments");
        model.addAttribute("experiments", experiments.experiments());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String newForm(Model model, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        return form(model, ExperimentForm.holdoutTemplate(), null);
    }

    @RequestMapping(value = "/new", method = RequestMethod.POST)
    public String create(Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(CrossSellExperiment.class, response)) {
            return null;
        }
        ExperimentForm form = ExperimentForm.posted(request);
        try {
            ExperimentDefinition definition = form.definition();
            if (form.hasProblems()) {
                throw new ExperimentValidationException(form.getProblems());
            }
            return "redirect:/" + SECTION_KEY + "/" + experiments.create(definition).getId();
        } catch (ExperimentValidationException refused) {
            form.addProblems(refused.problems());
            return form(model, form, null);
        }
    }

    @RequestMapping(value = "/{id:\\d+}", method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response, @PathVariable("id") long id) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        CrossSellExperiment experiment = experiments.read(id);
        if (experiment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        prepare(model, "crosssell/experiment");
        model.addAttribute("experiment", experiment);
        ExperimentResults results = reports.results(experiment);
        model.addAttribute("results", results);
        model.addAttribute("chartData", results.chartData());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{id:\\d+}/edit", method = RequestMethod.GET)
    public String editForm(Model model, HttpServletResponse response, @PathVariable("id") long id) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        CrossSellExperiment experiment = experiments.read(id);
        if (experiment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        return form(model, ExperimentForm.of(experiment), experiment);
    }

    @RequestMapping(value = "/{id:\\d+}/edit", method = RequestMethod.POST)
    public String update(Model model, HttpServletRequest request, HttpServletResponse response, @PathVariable("id") long id)
            throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(CrossSellExperiment.class, response)) {
            return null;
        }
        ExperimentForm form = ExperimentForm.posted(request);
        try {
            ExperimentDefinition definition = form.definition();
            if (form.hasProblems()) {
                throw new ExperimentValidationException(form.getProblems());
            }
            experiments.update(id, definition);
            return "redirect:/" + SECTION_KEY + "/" + id;
        } catch (ExperimentValidationException refused) {
            form.addProblems(refused.problems());
            return form(model, form, experiments.read(id));
        }
    }

    @RequestMapping(value = "/{id:\\d+}/start", method = RequestMethod.POST)
    public String start(HttpServletResponse response, RedirectAttributes redirect, @PathVariable("id") long id) throws IOException {
        return act(response, redirect, id, "start", 0);
    }

    @RequestMapping(value = "/{id:\\d+}/stop", method = RequestMethod.POST)
    public String stop(HttpServletResponse response, RedirectAttributes redirect, @PathVariable("id") long id) throws IOException {
        return act(response, redirect, id, "stop", 0);
    }

    @RequestMapping(value = "/{id:\\d+}/make-default", method = RequestMethod.POST)
    public String makeDefault(HttpServletResponse response, RedirectAttributes redirect, @PathVariable("id") long id,
            @RequestParam(value = "variantId", required = false) Long variantId) throws IOException {
        if (variantId == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
        return act(response, redirect, id, "default", variantId);
    }

    @RequestMapping(value = "/{id:\\d+}/report.csv", method = RequestMethod.GET)
    public ResponseEntity<String> csv(HttpServletResponse response, @PathVariable("id") long id) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        CrossSellExperiment experiment = experiments.read(id);
        if (experiment == null) {
            return new ResponseEntity<String>(HttpStatus.NOT_FOUND);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set("Content-Disposition", "attachment; filename=\"crosssell-experiment-" + id + ".csv\"");
        return new ResponseEntity<String>(reports.results(experiment).csv(), headers, HttpStatus.OK);
    }

    private String act(HttpServletResponse response, RedirectAttributes redirect, long id, String action, long variantId)
            throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(CrossSellExperiment.class, response)) {
            return null;
        }
        try {
            if ("start".equals(action)) {
                experiments.start(id);
                redirect.addFlashAttribute("actionDone", "Started: storefronts assign visitors within seconds.");
            } else if ("stop".equals(action)) {
                experiments.stop(id);
                redirect.addFlashAttribute("actionDone", "Stopped: every visitor sees the placement's default again.");
            } else {
                experiments.makeDefault(id, variantId);
                redirect.addFlashAttribute("actionDone", "The winner is the placement's default for every visitor now.");
            }
        } catch (ExperimentValidationException refused) {
            redirect.addFlashAttribute("actionRefused", refused.problems().values().iterator().next());
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private String form(Model model, ExperimentForm form, CrossSellExperiment experiment) {
        prepare(model, "crosssell/experimentForm");
        model.addAttribute("form", form);
        model.addAttribute("experiment", experiment);
        model.addAttribute("rows", new int[] {1, 2, 3, 4, 5});
        return "modules/defaultContainer";
    }

    private void prepare(Model model, String view) {
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", view);
        model.addAttribute("placements", Placement.values());
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("bundles", bundles.bundles());
    }
}
