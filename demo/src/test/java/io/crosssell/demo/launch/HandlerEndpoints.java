package io.crosssell.demo.launch;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What a running app's DispatcherServlet maps, read from its handler mappings, for checks that cover every endpoint. */
final class HandlerEndpoints {

    private HandlerEndpoints() {
    }

    /** Every handler method by its mapping. */
    static Map<RequestMappingInfo, HandlerMethod> handlers(EmbeddedWebApp app) {
        Map<RequestMappingInfo, HandlerMethod> all = new LinkedHashMap<RequestMappingInfo, HandlerMethod>();
        WebApplicationContext context = app.dispatcherContext();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            all.putAll(mapping.getHandlerMethods());
        }
        return all;
    }

    /**
     * Every path that accepts POST, with path variables filled in: {@code sectionKey} with {@code section}, any
     * other with 1, wildcards with x.
     */
    static Set<String> postPaths(EmbeddedWebApp app, String section) {
        Set<String> paths = new LinkedHashSet<String>();
        for (RequestMappingInfo info : handlers(app).keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternsCondition().getPatterns()) {
                    paths.add(pattern.replaceAll("\\{sectionKey[^}]*}", section).replaceAll("\\{[^}]+}", "1")
                            .replace("/**", "/x").replace("*", "x"));
                }
            }
        }
        return paths;
    }
}
