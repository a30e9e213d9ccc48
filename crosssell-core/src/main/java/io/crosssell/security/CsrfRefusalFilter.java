package io.crosssell.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Runs Broadleaf's CSRF filter and answers its refusal with 403 instead of letting its exception become a 500
 * with a stack trace. With a multipart resolver, a multipart POST (a file upload) is read once into memory
 * (at most {@link #setMaxMultipartBytes}) so the token can travel in the form body like any other form's:
 * the CSRF filter sees the parsed fields, the rest of the chain gets the body replayed.
 */
public class CsrfRefusalFilter extends GenericFilterBean {

    private static final Log LOG = LogFactory.getLog(CsrfRefusalFilter.class);

    private final Filter csrfFilter;
    private MultipartResolver multipartResolver;
    private long maxMultipartBytes = 10L * 1024 * 1024;

    public CsrfRefusalFilter(Filter csrfFilter) {
        this.csrfFilter = csrfFilter;
    }

    /** Reads the token of multipart forms from their body; without one, multipart posts need it in the query. */
    public void setMultipartResolver(MultipartResolver multipartResolver) {
        this.multipartResolver = multipartResolver;
    }

    /** Multipart bodies larger than this are refused with 413 before anything reads them. */
    public void setMaxMultipartBytes(long maxMultipartBytes) {
        this.maxMultipartBytes = maxMultipartBytes;
    }

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, final FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        HttpServletResponse response = (HttpServletResponse) baseResponse;
        HttpServletRequest checked = request;
        HttpServletRequest forwarded = request;
        MultipartHttpServletRequest parsed = null;
        if (multipartResolver != null && "POST".equals(request.getMethod()) && multipartResolver.isMultipart(request)) {
            byte[] body = readBody(request);
            if (body == null) {
                response.sendError(413, "The upload is too large.");
                return;
            }
            try {
                parsed = multipartResolver.resolveMultipart(new ReplayedBody(request, body));
            } catch (MultipartException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The upload could not be read.");
                return;
            }
            checked = parsed;
            forwarded = new ReplayedBody(request, body);
        }
        final boolean[] passed = {false};
        final HttpServletRequest onward = forwarded;
        try {
            csrfFilter.doFilter(checked, response, new FilterChain() {
                @Override
                public void doFilter(ServletRequest ignored, ServletResponse sameResponse) throws IOException, ServletException {
                    passed[0] = true;
                    chain.doFilter(onward, sameResponse);
                }
            });
        } catch (ServletException refused) {
            if (passed[0]) {
                throw refused;
            }
            LOG.info("Refused a " + request.getMethod() + " to " + request.getRequestURI() + " without a valid CSRF token");
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form has expired or did not come from this site.");
            }
        } finally {
            if (parsed != null) {
                multipartResolver.cleanupMultipart(parsed);
            }
        }
    }

    /** The whole body, or null when it is larger than the limit. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLength() > maxMultipartBytes) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[8192];
        int count;
        while ((count = in.read(buffer)) != -1) {
            bytes.write(buffer, 0, count);
            if (bytes.size() > maxMultipartBytes) {
                return null;
            }
        }
        return bytes.toByteArray();
    }

    /** The request with its body served again from memory. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            final ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
