package io.storyline.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks user names and passwords against the accounts in our database; groups are the user's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), user.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
