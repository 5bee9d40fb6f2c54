package io.storyline.ingestion.intake.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.ingestion.intake.IntakeReceipt;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/** Saves document rows, each in a transaction of its own, so a lost race on the hash is a clean answer. */
@Stateless
@LocalBean
public class DocumentRegistrar {

    @Inject
    DocumentRepository documents;

    @Resource
    SessionContext context;

    /** The receipt for bytes the archive already holds, if it does. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<IntakeReceipt> existing(String sha256, String filename) {
        return documents.findBySha256(sha256).map(d -> duplicateReceipt(d, filename));
    }

    /**
     * Saves a new document. When another upload of the same bytes won the race, answers with that one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntakeReceipt register(Document document) {
        try {
            return context.getBusinessObject(DocumentRegistrar.class).insert(document);
        } catch (EJBException | PersistenceException e) {
            return context.getBusinessObject(DocumentRegistrar.class)
                    .existing(document.sha256(), document.filename())
                    .orElseThrow(() -> e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IntakeReceipt insert(Document document) {
        // A lost race on the unique hash fails this transaction's commit, after the return: see register.
        Document saved = documents.save(document);
        return new IntakeReceipt(saved.id(), saved.filename(), saved.status(), null, saved.sha256());
    }

    private static IntakeReceipt duplicateReceipt(Document existing, String filename) {
        return new IntakeReceipt(existing.id(), filename, existing.status(), existing.id(), existing.sha256());
    }
}
