package io.storyline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every redirect and every {@code Location} header of pages and the API goes through {@link PublicUrl}, so the
 * client's {@code Host} header never lands in one (the container builds absolute redirects from it). The
 * authentication mechanism, which runs before filters, asks {@link PublicUrl} itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class RedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response instanceof SafeLocations ? response : new SafeLocations(request, response));
    }

    private final class SafeLocations extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        SafeLocations(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            String target = publicUrl.location(request, location);
            if (!target.startsWith("/")) {
                super.sendRedirect(target);
                return;
            }
            // The container would make a relative target absolute with the Host header: write it as it is.
            if (isCommitted()) {
                throw new IllegalStateException("The answer is already on its way; it cannot become a redirect.");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            super.setHeader("Location", target);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) ? publicUrl.location(request, value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) ? publicUrl.location(request, value) : value);
        }

        private static boolean isLocation(String name) {
            return "Location".equalsIgnoreCase(name);
        }
    }
}
