package io.crosssell.site.addon;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import io.crosssell.site.widget.CrossSellProcessor;
import io.crosssell.site.widget.ModelVariables;

/**
 * {@code <blc:crossselladdons order="${cart}" var="addOns"/>}: puts the cart's {@link AddOnsView} into the
 * model for {@code crosssell/addons :: addons} to render. Without {@code order}, the shopper's cart. A gift-wrap form
 * refused on the previous request comes back with what the shopper had ticked and typed ({@link GiftWrapDraft}).
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
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        GiftWrapDraft draft = GiftWrapDraft.take(context == null ? null : context.getRequest());
        ModelVariables.expose(arguments, element, var, views.viewOf(order instanceof Order ? (Order) order : CartState.getCart(), draft));
    }
}
