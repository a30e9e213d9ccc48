package io.crosssell.site.tracking;

import java.util.Collections;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.recommend.Placement;
import io.crosssell.site.web.CrossSellRecommendationController;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;

/**
 * {@code POST /crosssell/track/click}: the beacon a widget sends (navigator.sendBeacon, with the page's CSRF token)
 * as the shopper follows one of its items. The item's link stays the product's canonical URL, so product pages
 * keep one address and their caching. Answers 204, or 400 for a malformed beacon; records nothing for crawlers.
 */
@Controller
public class CrossSellClickController {

    @Resource(name = "csTrackingRecorder")
    protected TrackingRecorder tracking;

    @Resource(name = "csExperimentService")
    protected ExperimentService experiments;

    @RequestMapping(value = "/crosssell/track/click", method = RequestMethod.POST)
    public ResponseEntity<String> click(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "placement", required = false) String placementParam,
            @RequestParam(value = "anchorProductId", required = false) String anchorParam,
            @RequestParam(value = "productId", required = false) String productParam) {
        Placement placement = Placement.fromCode(placementParam);
        Long item = CrossSellRecommendationController.parseId(productParam);
        Long anchor = anchorParam == null || anchorParam.isEmpty() ? null : CrossSellRecommendationController.parseId(anchorParam);
        boolean anchorValid = anchorParam == null || anchorParam.isEmpty() || anchor != null;
        if (placement == null || item == null || !anchorValid) {
            return new ResponseEntity<String>(HttpStatus.BAD_REQUEST);
        }
        Shopper shopper = Shoppers.of(request, response);
        WidgetTreatment treatment = Shoppers.treatment(experiments, placement, shopper);
        tracking.recordForShopper(request.getHeader("User-Agent"), shopper, TrackingEvent.Kind.CLICK, placement.code(),
                placement.isOnProductPage() ? anchor : null, Collections.singleton(item), treatment.experimentId(), treatment.variantId());
        return new ResponseEntity<String>(HttpStatus.NO_CONTENT);
    }
}
