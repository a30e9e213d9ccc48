package io.crosssell.experiment.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.crosssell.experiment.domain.CrossSellExperimentImpl;
import io.crosssell.experiment.domain.ExperimentExposure;
import io.crosssell.experiment.domain.ExperimentOrder;
import io.crosssell.tracking.attribution.AttributedOrder;
import io.crosssell.tracking.attribution.OrderAttributionListener;

/**
 * Records each submitted order of a visitor exposed to an experiment (exposed before the order, by their customer
 * or visitor key) with that visitor's variant, in attribution's transaction; marks it when the order is cancelled.
 */
public class ExperimentOrderRecorder implements OrderAttributionListener {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public void attributed(AttributedOrder order) {
        List<String> keys = new ArrayList<String>();
        if (order.shopper().customerId() != null) {
            keys.add("c" + order.shopper().customerId());
        }
        if (order.shopper().visitorId() != null) {
            keys.add("v" + order.shopper().visitorId());
        }
        if (keys.isEmpty()) {
            return;
        }
        Date submitted = new Date(order.submittedMillis());
        List<Long> recorded = new ArrayList<Long>();
        for (ExperimentExposure exposure : em.createQuery("SELECT x FROM ExperimentExposure x WHERE x.id.visitorKey IN (:keys)"
                + " AND x.firstExposed <= :submitted ORDER BY x.firstExposed", ExperimentExposure.class)
                .setParameter("keys", keys).setParameter("submitted", submitted).getResultList()) {
            long experimentId = exposure.getId().getExperimentId();
            CrossSellExperimentImpl experiment = em.find(CrossSellExperimentImpl.class, experimentId);
            if (experiment == null || recorded.contains(experimentId)
                    || (experiment.getStoppedDate() != null && experiment.getStoppedDate().before(submitted))) {
                continue;
            }
            recorded.add(experimentId);
            boolean attached = order.attributedPlacements().contains(experiment.getPlacement());
            em.persist(new ExperimentOrder(experimentId, order.orderId(), exposure.getVariantId(), exposure.getId().getVisitorKey(),
                    submitted, order.merchandise() == null ? BigDecimal.ZERO : order.merchandise(), attached));
        }
    }

    @Override
    public void cancelled(long orderId) {
        em.createQuery("UPDATE ExperimentOrder o SET o.cancelled = true WHERE o.id.orderId = :order").setParameter("order", orderId)
                .executeUpdate();
    }
}
