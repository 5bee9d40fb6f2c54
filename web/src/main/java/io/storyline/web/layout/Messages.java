package io.storyline.web.layout;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What a page tells its user about what just happened, shown by the layout's message area. The message is the
 * summary; the detail is empty, not null, because a null detail reads as the summary again and the message area
 * would show it twice.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, ""));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, ""));
    }
}
