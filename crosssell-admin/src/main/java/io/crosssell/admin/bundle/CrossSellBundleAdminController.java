package io.crosssell.admin.bundle;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The bundle section's screens, Broadleaf's own but for one thing: removing an item a bundle cannot lose answers
 * with the reason (409 and one element, which Broadleaf's admin script shows as a dialog) instead of an error.
 */
@Controller("csBundleAdminController")
@RequestMapping("/" + CrossSellBundleAdminController.SECTION_KEY)
public class CrossSellBundleAdminController extends AdminBasicEntityController {

    static final String SECTION_KEY = "crosssell-bundles";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String key = super.getSectionKey(pathVars);
        return key != null ? key : SECTION_KEY;
    }

    @Override
    @RequestMapping(value = "/{id}/{collectionField:.*}/{collectionItemId}/delete", method = RequestMethod.POST)
    public String removeCollectionItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars, @PathVariable(value = "id") String id,
            @PathVariable(value = "collectionField") String collectionField,
            @PathVariable(value = "collectionItemId") String collectionItemId) throws Exception {
        try {
            return super.removeCollectionItem(request, response, model, pathVars, id, collectionField, collectionItemId);
        } catch (Exception failed) {
            BundleItemRefusal refusal = BundleItemRefusal.in(failed);
            if (refusal == null) {
                throw failed;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusal.getMessage());
            return "views/crosssell/refusal";
        }
    }
}
