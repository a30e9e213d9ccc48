package io.crosssell.site.widget;

import java.util.Map;

import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.dom.NestableNode;
import org.thymeleaf.dom.Node;

/** Where the plugin's {@code blc:} processors put what they compute, so the rest of the page can read it. */
public final class ModelVariables {

    private ModelVariables() {
    }

    /**
     * Puts the variable into the page's model and makes it a local variable of every node after the processor's
     * element: Broadleaf's {@code addToModel} writes only the current evaluation root, which each {@code th:each} row
     * and {@code th:with} scope rebuilds without it, while a node's local variables reach its whole subtree.
     */
    @SuppressWarnings("unchecked")
    public static void expose(Arguments arguments, Element element, String name, Object value) {
        ((Map<String, Object>) arguments.getExpressionEvaluationRoot()).put(name, value);
        NestableNode parent = element.getParent();
        if (parent == null) {
            return;
        }
        boolean following = false;
        for (Node sibling : parent.getChildren()) {
            if (following) {
                sibling.setNodeLocalVariable(name, value);
            } else if (sibling == element) {
                following = true;
            }
        }
    }
}
