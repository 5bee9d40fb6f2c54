package io.storyline.web.users.faces;

import io.storyline.domain.user.DuplicateUsernameException;
import io.storyline.domain.user.InvalidUsernameException;
import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import io.storyline.domain.user.UserChangeRefusedException;
import io.storyline.domain.user.UserNotFoundException;
import io.storyline.domain.user.WeakPasswordException;
import io.storyline.web.layout.Messages;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.security.AccountService;
import io.storyline.web.users.UserAdministration;
import io.storyline.web.users.UserInput;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The users page: the accounts, a form to create one, and for the account picked from the table its roles,
 * disable or enable, and a new password. Passwords are never shown again and never kept past the request.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @Inject
    transient SecurityContext security;

    @EJB
    transient UserAdministration admin;

    private List<UserRow> rows;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>(List.of(Role.READER.name()));
    private String password;

    private String selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String newPassword;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        rows = accounts.list().stream().map(UserRow::new).toList();
        if (selected != null) {
            rows.stream().filter(r -> r.getUsername().equals(selected)).findFirst().ifPresentOrElse(
                    r -> selectedRoles = new ArrayList<>(Arrays.asList(r.getRoles().split(", "))),
                    () -> selected = null);
        }
    }

    public void create() {
        String secret = password;
        password = null;
        act(() -> {
            Set<Role> granted = UserInput.roles(roles);
            User user = admin.create(username, UserInput.displayName(displayName), granted, UserInput.password(secret));
            return "User \"" + user.username() + "\" created with " + names(granted) + ".";
        }, () -> {
            username = null;
            displayName = null;
            roles = new ArrayList<>(List.of(Role.READER.name()));
        });
    }

    public void select(String name) {
        selected = name;
        newPassword = null;
        refresh();
    }

    public void saveRoles() {
        act(() -> {
            Set<Role> granted = UserInput.roles(selectedRoles);
            User user = admin.changeRoles(selected, granted);
            return "\"" + user.username() + "\" now has " + names(granted) + "; their open sessions must sign in again.";
        }, () -> { });
    }

    public void disable(String name) {
        act(() -> {
            User user = admin.disable(name);
            return "\"" + user.username() + "\" is disabled and signed out everywhere.";
        }, () -> { });
    }

    public void enable(String name) {
        act(() -> {
            User user = admin.enable(name);
            return "\"" + user.username() + "\" can sign in again.";
        }, () -> { });
    }

    public void resetPassword() {
        String secret = newPassword;
        newPassword = null;
        act(() -> {
            User user = admin.resetPassword(selected, UserInput.password(secret));
            return "New password set for \"" + user.username() + "\"; their open sessions must sign in again.";
        }, () -> { });
    }

    /** Runs an admin action, shows its outcome or why it was refused, and reloads the table. */
    private void act(Supplier<String> action, Runnable onSuccess) {
        try {
            Messages.info(action.get());
            onSuccess.run();
        } catch (InvalidRequestException | InvalidUsernameException | DuplicateUsernameException
                 | WeakPasswordException | UserNotFoundException | UserChangeRefusedException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(", "));
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<UserRow> getRows() {
        return rows;
    }

    public String getSelected() {
        return selected;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    /** Never echoed back: the field stays empty after every request. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
