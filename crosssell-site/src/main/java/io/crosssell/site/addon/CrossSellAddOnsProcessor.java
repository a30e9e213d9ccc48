package io.crosssell.site.addon;

import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import io.crosssell.site.widget.CrossSellProcessor;

/**
 * {@code <blc:crossselladdons order="${cart}" var="addOns"/>}: puts the cart's {@link AddOnsView} into the
 * model for {@code crosssell/addons :: addons} to render. Without {@code order}, the shopper's cart.
 */
public class CrossSellAddOnsProcessor extends AbstractModelVariableModifierProcessor {

    private final AddOnsViewFactory views;

    public CrossSellAddOnsProcessor(AddOnsViewFactory views) {
        super("crossselladdons");
        this.views = views;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String var = element.hasAttribute("var") ? element.getAttributeValue("var") : "addOns";
        Object order = CrossSellProcessor.evaluate(arguments, element.getAttributeValue("order"));
        addToModel(arguments, var, views.viewOf(order instanceof Order ? (Order) order : CartState.getCart()));
    }
}
