package io.storyline.web.rest;

/**
 * A request whose parameters make no sense; answered with 400 and the message. A page says {@link #forPeople()}
 * instead: the same fact without an API's vocabulary.
 */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String forPeople;

    public InvalidRequestException(String message) {
        this(message, null);
    }

    /** {@code forPeople}: what a page tells a person, when it should differ from the API's message. */
    public InvalidRequestException(String message, String forPeople) {
        super(message);
        this.forPeople = forPeople;
    }

    /** The message as a page shows it. */
    public String forPeople() {
        return forPeople != null ? forPeople : getMessage();
    }
}
