package io.crosssell.security;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.filter.GenericFilterBean;

/**
 * Adds the response headers that keep pages from being framed by other sites, content types from being
 * sniffed and full URLs from leaking in the Referer header. The policy stops short of a script-src rule:
 * Broadleaf's admin and storefront templates rely on inline scripts.
 */
public class SecurityHeadersFilter extends GenericFilterBean {

    static final String DEFAULT_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private String contentSecurityPolicy = DEFAULT_POLICY;

    /** The Content-Security-Policy header's value; blank leaves the header out. */
    public void setContentSecurityPolicy(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy == null ? "" : contentSecurityPolicy.trim();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Frame-Options", "SAMEORIGIN");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "same-origin");
        if (!contentSecurityPolicy.isEmpty()) {
            http.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
        chain.doFilter(request, response);
    }
}
