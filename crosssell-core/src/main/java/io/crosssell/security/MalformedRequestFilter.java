package io.crosssell.security;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Reads the request's parameters before anything else does, so that a query the container cannot decode
 * ({@code %ZZ}) answers 400 and a form over the container's size limit answers 413, each with a short message,
 * instead of failing deep inside a later filter with a 500.
 */
public class MalformedRequestFilter extends GenericFilterBean {

    private static final Log LOG = LogFactory.getLog(MalformedRequestFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            HttpServletRequest http = (HttpServletRequest) request;
            boolean tooLarge = isSizeLimit(unreadable);
            LOG.info("Refused an unreadable request to " + http.getRequestURI() + ": " + unreadable);
            ((HttpServletResponse) response).sendError(tooLarge ? 413 : HttpServletResponse.SC_BAD_REQUEST,
                    tooLarge ? "The request is too large." : "The request could not be read.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the container refused the form for its size or key count (Jetty wraps that in its own exception). */
    static boolean isSizeLimit(Throwable refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("larger than") || message.contains("too large") || message.contains("too many")) {
                return true;
            }
        }
        return false;
    }
}
