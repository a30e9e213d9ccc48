package io.crosssell.addon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.domain.GiftWrapOrderItemImpl;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;
import org.broadleafcommerce.core.order.domain.OrderItemAttributeImpl;
import org.junit.jupiter.api.Test;

class AddOnLinesTest {

    private final OrderImpl order = new OrderImpl();

    private OrderItem line(long id, String addOnId) {
        OrderItem item = new DiscreteOrderItemImpl();
        item.setId(id);
        tag(item, addOnId);
        order.getOrderItems().add(item);
        return item;
    }

    private static void tag(OrderItem item, String addOnId) {
        if (addOnId != null) {
            OrderItemAttribute attribute = new OrderItemAttributeImpl();
            attribute.setName(AddOnLines.ADDON);
            attribute.setValue(addOnId);
            attribute.setOrderItem(item);
            item.getOrderItemAttributes().put(AddOnLines.ADDON, attribute);
        }
    }

    @Test
    void eachProductIsFollowedByItsAddOnsAndOrderAddOnsComeLast() {
        OrderItem express = line(7, "4");
        GiftWrapOrderItemImpl wrap = new GiftWrapOrderItemImpl();
        wrap.setId(6L);
        tag(wrap, "1");
        order.getOrderItems().add(wrap);
        OrderItem helmet = line(2, null);
        OrderItem warranty = line(5, "2");
        OrderItem bike = line(1, null);
        warranty.setParentOrderItem(bike);
        bike.getChildOrderItems().add(warranty);
        bike.setGiftWrapOrderItem(wrap);
        helmet.setGiftWrapOrderItem(wrap);
        wrap.getWrappedItems().add(bike);
        wrap.getWrappedItems().add(helmet);

        assertThat(ids(AddOnLines.displayOrder(order))).containsExactly(1L, 5L, 2L, 6L, 7L);
        assertThat(ids(AddOnLines.productLines(order))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(AddOnLines.addOnLines(order))).containsExactlyInAnyOrder(5L, 6L, 7L);
        assertThat(AddOnLines.addOnIdOf(warranty)).isEqualTo(2L);
        assertThat(AddOnLines.addOnIdOf(bike)).isNull();
    }

    @Test
    void aMalformedAddOnAttributeIsNotAnAddOn() {
        OrderItem odd = line(3, "2; DROP TABLE");
        assertThat(AddOnLines.isAddOnLine(odd)).isFalse();
    }

    private static List<Long> ids(List<OrderItem> items) {
        List<Long> ids = new ArrayList<Long>();
        for (OrderItem item : items) {
            ids.add(item.getId());
        }
        return ids;
    }
}
