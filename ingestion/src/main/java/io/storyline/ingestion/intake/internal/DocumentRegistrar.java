package io.storyline.ingestion.intake.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.Origin;
import io.storyline.platform.messaging.PipelineQueues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Saves documents and their sightings, each registration in a transaction of its own: the row, its sighting,
 * its history and the message to the extraction workers commit together. A lost race on the hash is answered
 * with the winner's document.
 */
@Stateless
@LocalBean
public class DocumentRegistrar {

    /** What is known about one arrival of bytes, before it is tied to a document. */
    public record Arrival(String filename, String publisher, Origin origin, String by) {

        Sighting sighting(long documentId, boolean duplicate, Instant at) {
            return new Sighting(documentId, filename, origin.path(), publisher, origin.channel(), origin.containerId(),
                    origin.importItemId(), duplicate, by, at);
        }
    }

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** When the archive holds these bytes already, records this arrival as another sighting of them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<IntakeReceipt> seenAgain(String sha256, Arrival arrival) {
        return documents.findBySha256(sha256).map(existing -> {
            Instant now = clock.instant();
            documents.saveSighting(arrival.sighting(existing.id(), true, now));
            documents.record(new HistoryEntry(existing.id(), Step.SEEN_AGAIN, arrival.by(),
                    "as \"" + arrival.filename() + "\" by " + arrival.origin().channel(), now));
            return new IntakeReceipt(existing.id(), arrival.filename(), existing.status(), existing.id(), existing.sha256());
        });
    }

    /** Saves a new document; when another upload of the same bytes won the race, answers with that one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntakeReceipt register(Document document, Arrival arrival) {
        DocumentRegistrar self = context.getBusinessObject(DocumentRegistrar.class);
        try {
            return self.insert(document, arrival);
        } catch (EJBException | PersistenceException e) {
            return self.seenAgain(document.sha256(), arrival).orElseThrow(() -> e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IntakeReceipt insert(Document document, Arrival arrival) {
        // A lost race on the unique hash fails this transaction's commit, after the return: see register.
        Document saved = documents.save(document);
        Instant now = clock.instant();
        documents.saveSighting(arrival.sighting(saved.id(), false, now));
        documents.record(new HistoryEntry(saved.id(), Step.RECEIVED, arrival.by(), "as \"" + arrival.filename()
                + "\" by " + arrival.origin().channel() + (arrival.origin().path() == null ? "" : " (" + arrival.origin().path() + ")"),
                now));
        queues.requestExtraction(saved.id());
        return new IntakeReceipt(saved.id(), saved.filename(), saved.status(), null, saved.sha256());
    }
}
