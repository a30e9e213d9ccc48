package io.crosssell.admin.web;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import io.crosssell.admin.mining.MiningRebuildJob;
import io.crosssell.learning.CoPurchaseLearningService;

/**
 * {@code /crosssell-mining}: the last rebuild of the co-purchase statistics (any process's), the thresholds in
 * use, and a button that rebuilds them from the order history in the background with visible progress.
 * Viewing needs the section's view permission; rebuilding the maintain permission.
 */
@Controller
@RequestMapping("/" + CrossSellMiningController.SECTION_KEY)
public class CrossSellMiningController extends CrossSellAdminController {

    static final String SECTION_KEY = "crosssell-mining";

    @Resource(name = "csCoPurchaseLearningService")
    protected CoPurchaseLearningService learning;

    @Resource(name = "csMiningRebuildJob")
    protected MiningRebuildJob job;

    @RequestMapping(method = RequestMethod.GET)
    public String page(Model model, HttpServletResponse response) throws IOException {
        if (!mayView(SECTION_KEY, response)) {
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "crosssell/mining");
        model.addAttribute("job", job.status());
        model.addAttribute("lastRebuild", learning.lastRebuild());
        model.addAttribute("thresholds", learning.thresholds());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/rebuild", method = RequestMethod.POST)
    public String rebuild(HttpServletResponse response) throws IOException {
        if (!mayChange(response)) {
            return null;
        }
        job.start();
        return "redirect:/" + SECTION_KEY;
    }
}
