package io.storyline.web.rest;

/** A request whose parameters make no sense; answered with 400 and the message. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
