package io.storyline.web.account.faces;

import io.storyline.domain.user.WeakPasswordException;
import io.storyline.domain.user.WrongPasswordException;
import io.storyline.web.account.OwnPassword;
import io.storyline.web.layout.Messages;
import io.storyline.web.security.SignInThrottledException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The "change your password" page: the current password, the new one twice. Passwords are never shown again and
 * never kept past the request.
 */
@Named
@ViewScoped
public class PasswordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnPassword ownPassword;

    @Inject
    transient SecurityContext security;

    private transient String current;
    private transient String next;
    private transient String repeated;

    public void change() {
        String was = current;
        String wanted = next;
        String again = repeated;
        current = null;
        next = null;
        repeated = null;
        if (wanted == null || !wanted.equals(again)) {
            Messages.error("The new password and its repetition differ; type them again.");
            return;
        }
        try {
            ownPassword.change((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                    security.getCallerPrincipal().getName(), was.toCharArray(), wanted.toCharArray(), "page");
            Messages.info("Your password is changed. Your other sessions and API clients must sign in again with it.");
        } catch (WrongPasswordException | WeakPasswordException | SignInThrottledException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Never echoed back: the fields stay empty after every request. */
    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
