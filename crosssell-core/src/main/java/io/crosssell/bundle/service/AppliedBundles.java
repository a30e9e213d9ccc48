package io.crosssell.bundle.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;

/** The bundle discounts Broadleaf applied to a cart or order, read from its item adjustments (nothing recomputed). */
public final class AppliedBundles {

    private AppliedBundles() {
    }

    /** Each applied bundle's saving, by bundle id, in the order the bundles first appear. */
    public static Map<Long, BigDecimal> savingsByBundleId(Order order, Map<Long, Long> bundleIdsByOfferId) {
        Map<Long, BigDecimal> savings = new LinkedHashMap<Long, BigDecimal>();
        if (order == null || order.getOrderItems() == null || bundleIdsByOfferId.isEmpty()) {
            return savings;
        }
        for (OrderItem item : order.getOrderItems()) {
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                    Long bundleId = adjustment.getOffer() == null ? null : bundleIdsByOfferId.get(adjustment.getOffer().getId());
                    if (bundleId != null && adjustment.getValue() != null) {
                        BigDecimal saving = adjustment.getValue().getAmount().multiply(BigDecimal.valueOf(detail.getQuantity()));
                        BigDecimal known = savings.get(bundleId);
                        savings.put(bundleId, known == null ? saving : known.add(saving));
                    }
                }
            }
        }
        return savings;
    }
}
