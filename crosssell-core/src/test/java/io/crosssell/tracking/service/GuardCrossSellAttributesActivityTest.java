package io.crosssell.tracking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;

import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.DefaultProcessContextImpl;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.junit.jupiter.api.Test;

import io.crosssell.tracking.attribution.WidgetAdds;

class GuardCrossSellAttributesActivityTest {

    private final GuardCrossSellAttributesActivity guard = new GuardCrossSellAttributesActivity();

    private static ProcessContext<CartOperationRequest> adding(OrderItemRequestDTO item) {
        DefaultProcessContextImpl<CartOperationRequest> context = new DefaultProcessContextImpl<CartOperationRequest>();
        context.setSeedData(new CartOperationRequest(new OrderImpl(), item, false));
        return context;
    }

    private static OrderItemRequestDTO postedWithWidgetAttributes() {
        OrderItemRequestDTO item = new OrderItemRequestDTO(133L, 1);
        item.getItemAttributes().put(WidgetAdds.PLACEMENT, "fbt");
        item.getItemAttributes().put("crosssell.addon", "2");
        item.getItemAttributes().put("COLOR", "red");
        return item;
    }

    @Test
    void removesTheModulesAttributesFromAShoppersOwnAddAndKeepsProductOptions() {
        OrderItemRequestDTO item = postedWithWidgetAttributes();

        guard.execute(adding(item));

        assertThat(item.getItemAttributes()).containsOnlyKeys("COLOR");
    }

    @Test
    void keepsThemOnTheModulesOwnWidgetAdd() throws Exception {
        final OrderItemRequestDTO item = postedWithWidgetAttributes();

        WidgetAdds.asWidgetAdd(new Callable<Void>() {
            @Override
            public Void call() {
                guard.execute(adding(item));
                return null;
            }
        });

        assertThat(item.getItemAttributes()).containsKeys(WidgetAdds.PLACEMENT, "crosssell.addon", "COLOR");
        assertThat(WidgetAdds.isWidgetAdd()).as("the guard flag does not outlive the add").isFalse();
    }
}
