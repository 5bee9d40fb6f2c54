package io.storyline.web.layout;

import io.storyline.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in user and what the navigation shows them. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public boolean isArchivist() {
        return security.isCallerInRole(Roles.ARCHIVIST);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }
}
