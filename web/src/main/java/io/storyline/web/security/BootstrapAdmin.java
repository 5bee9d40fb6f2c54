package io.storyline.web.security;

import io.storyline.domain.user.PasswordPolicy;
import io.storyline.domain.user.Role;
import io.storyline.domain.user.WeakPasswordException;
import io.storyline.platform.config.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin when the archive has no user yet (API.md, {@code storyline.bootstrap.*}). Without a
 * configured password, a random one is generated, logged once and written to
 * {@code <data dir>/initial-admin-password}, readable by its owner only. A configured password that the password
 * policy refuses stops the deployment with a log line saying why: the archive never starts with a guessable admin.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdmin {

    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @EJB
    AccountService accounts;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "storyline.bootstrap.admin-user", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "storyline.bootstrap.admin-password")
    Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = adminPassword.filter(p -> !p.isEmpty()).isEmpty();
        String password = generated ? randomPassword() : adminPassword.get();
        if (!generated) {
            try {
                PasswordPolicy.check(adminUser, password.toCharArray());
            } catch (WeakPasswordException weak) {
                LOG.severe(() -> "Storyline does not start: storyline.bootstrap.admin-password is refused as the first"
                        + " admin's password. " + weak.getMessage() + " Set a stronger one, or leave the key unset to"
                        + " have a random one generated, and start again.");
                throw new IllegalStateException("storyline.bootstrap.admin-password is too weak: " + weak.getMessage());
            }
        }
        accounts.create(adminUser, "Administrator", List.of(Role.ADMIN), password.toCharArray());
        if (generated) {
            Path file = writePasswordFile(password);
            LOG.warning(() -> "Created the first admin \"" + adminUser + "\" with the generated password " + password
                    + " (shown once; also in " + file + "). Change it after signing in.");
        } else {
            LOG.info(() -> "Created the first admin \"" + adminUser + "\" with the password from"
                    + " storyline.bootstrap.admin-password.");
        }
    }

    private Path writePasswordFile(String password) {
        Path file = dataDirectory.root().resolve(PASSWORD_FILE);
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin's password to " + file, e);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
