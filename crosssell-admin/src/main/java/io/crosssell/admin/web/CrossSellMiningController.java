package io.crosssell.admin.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.crosssell.admin.mining.MiningRebuildJob;
import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.mining.ThresholdInput;

/**
 * {@code /crosssell-mining}: the last rebuild of the co-purchase statistics (any process's), the thresholds in
 * use (editable), and a button that rebuilds them from the order history in the background with visible
 * progress. Viewing needs the section's view permission; saving thresholds and rebuilding the maintain permission.
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
        MiningThresholds inUse = learning.thresholds();
        return show(model, inUse.minPairCount(), inUse.minConfidence(), inUse.minLift(), inUse.halfLifeDays());
    }

    private String show(Model model, Object minPairCount, Object minConfidence, Object minLift, Object halfLifeDays) {
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "crosssell/mining");
        model.addAttribute("job", job.status());
        model.addAttribute("rebuildWhere", job.where());
        model.addAttribute("lastRebuild", learning.lastRebuild());
        model.addAttribute("thresholds", learning.thresholds());
        model.addAttribute("configuredThresholds", learning.configuredThresholds());
        Map<String, Object> form = new LinkedHashMap<String, Object>();
        form.put(ThresholdInput.MIN_PAIR_COUNT, plain(minPairCount));
        form.put(ThresholdInput.MIN_CONFIDENCE, plain(minConfidence));
        form.put(ThresholdInput.MIN_LIFT, plain(minLift));
        form.put(ThresholdInput.HALF_LIFE_DAYS, plain(halfLifeDays));
        model.addAttribute("thresholdForm", form);
        return "modules/defaultContainer";
    }

    /** Numbers without a trailing ".0"; typed text as it was typed. */
    private static Object plain(Object value) {
        if (value instanceof Double) {
            return BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** Saves the thresholds for every process (maintain permission); nothing is saved when a field is wrong. */
    @RequestMapping(value = "/thresholds", method = RequestMethod.POST)
    public String saveThresholds(Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam(value = ThresholdInput.MIN_PAIR_COUNT, required = false) String minPairCount,
            @RequestParam(value = ThresholdInput.MIN_CONFIDENCE, required = false) String minConfidence,
            @RequestParam(value = ThresholdInput.MIN_LIFT, required = false) String minLift,
            @RequestParam(value = ThresholdInput.HALF_LIFE_DAYS, required = false) String halfLifeDays) throws IOException {
        if (!mayView(SECTION_KEY, response) || !mayChange(response)) {
            return null;
        }
        ThresholdInput input = ThresholdInput.check(minPairCount, minConfidence, minLift, halfLifeDays);
        if (!input.isValid()) {
            model.addAttribute("thresholdErrors", input.errors());
            return show(model, minPairCount, minConfidence, minLift, halfLifeDays);
        }
        boolean halfLifeChanged = input.thresholds().halfLifeDays() != learning.thresholds().halfLifeDays();
        learning.saveThresholds(input.thresholds());
        redirect.addFlashAttribute("thresholdsSaved", Boolean.TRUE);
        redirect.addFlashAttribute("halfLifeChanged", halfLifeChanged);
        return "redirect:/" + SECTION_KEY;
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
