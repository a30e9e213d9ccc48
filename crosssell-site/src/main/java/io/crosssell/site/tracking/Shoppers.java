package io.crosssell.site.tracking;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import io.crosssell.experiment.ExperimentAssigner;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.service.ExperimentService;
import io.crosssell.recommend.Placement;
import io.crosssell.site.widget.CrossSellProcessor;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.VisitorCookie;

/** The shopper of a storefront request, as tracking records them. */
public final class Shoppers {

    private Shoppers() {
    }

    /** The visitor id (assigned, with its cookie, on the first tracked request) and the signed-in customer. */
    public static Shopper of(HttpServletRequest request, HttpServletResponse response) {
        return new Shopper(VisitorCookie.ensure(request, response), CrossSellProcessor.registeredCustomerId());
    }

    /** The shopper's widget on the placement: its defaults and their experiment variant (none when that cannot be read). */
    public static WidgetTreatment treatment(ExperimentService experiments, Placement placement, Shopper shopper) {
        try {
            return experiments == null ? WidgetTreatment.none()
                    : experiments.treatment(placement, ExperimentAssigner.visitorKey(shopper.customerId(), shopper.visitorId()));
        } catch (RuntimeException e) {
            return WidgetTreatment.none();
        }
    }
}
