package io.storyline.web.security;

import java.time.Duration;

/** An attempt to prove a password was refused, without checking it, because its source must wait. */
public class SignInThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration wait;

    public SignInThrottledException(Duration wait) {
        super(StorylineAuthenticationMechanism.tooManyMessage(LoginThrottle.seconds(wait)));
        this.wait = wait;
    }

    /** Whole seconds to wait, at least 1 (for Retry-After). */
    public long seconds() {
        return LoginThrottle.seconds(wait);
    }
}
