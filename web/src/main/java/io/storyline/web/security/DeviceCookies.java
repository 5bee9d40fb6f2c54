package io.storyline.web.security;

import io.storyline.web.http.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after every successful sign-in
 * on the login page the browser gets a cookie, signed by the server ({@link DeviceToken}), saying that it signed
 * in as that account. A later attempt that shows it is judged by that device's own failures only
 * ({@link LoginThrottle}), so nobody elsewhere can lock its owner out. The cookie is HttpOnly, SameSite=Strict,
 * Secure when the client uses https, and lasts {@code storyline.security.login.trusted-for}. The signing key is
 * made once and kept in the database ({@link SigningKeys}), so restarts and other nodes accept the cookies.
 */
@ApplicationScoped
public class DeviceCookies {

    public static final String COOKIE = "storyline_device";
    static final String KEY_NAME = "device-cookie";
    private static final Logger LOG = Logger.getLogger(DeviceCookies.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    SigningKeys keys;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    private volatile byte[] key;

    /** The id of the device when the request shows a valid device cookie for {@code username}. */
    public Optional<String> verify(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        String account = LoginThrottle.account(username);
        if (cookies == null || account == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<String> device = DeviceToken.verify(key(), cookie.getValue(), account, now);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the browser a new device cookie for {@code username}, who has just signed in. */
    public void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        String account = LoginThrottle.account(username);
        if (account == null) {
            return;
        }
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        long seconds = throttle.settings().trustedFor().toSeconds();
        Cookie cookie = new Cookie(COOKIE, DeviceToken.sign(key(), account, nonce, clock.instant().plusSeconds(seconds)));
        cookie.setHttpOnly(true);
        cookie.setSecure(clientAddress.isSecure(request));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, seconds));
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            try {
                k = keys.secret(KEY_NAME);
            } catch (EJBException madeByAnotherNodeAtOnce) {
                LOG.log(Level.FINE, "The device cookie key was made elsewhere at the same time; reading it", madeByAnotherNodeAtOnce);
                k = keys.secret(KEY_NAME);
            }
            key = k;
        }
        return k;
    }
}
