package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.Pipeline;
import io.storyline.platform.messaging.DocumentMessage;
import io.storyline.platform.messaging.WorkerLimits;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSDestinationDefinitions;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes "extract document N" messages. At most {@code storyline.extraction.concurrency} run at once (default
 * 2, one per core of a small server), so extraction cannot starve the pages and the API.
 */
/*
 * Both of the pipeline's queues are defined here, in the module the application starts first: the start-up
 * recovery in this module already sends to the analysis queue, before the analysis module is deployed.
 */
@JMSDestinationDefinitions({
    @JMSDestinationDefinition(name = Pipeline.EXTRACTION_QUEUE, interfaceName = "jakarta.jms.Queue",
            destinationName = Pipeline.EXTRACTION_QUEUE_NAME),
    @JMSDestinationDefinition(name = Pipeline.ANALYSIS_QUEUE, interfaceName = "jakarta.jms.Queue",
            destinationName = Pipeline.ANALYSIS_QUEUE_NAME)
})
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Pipeline.EXTRACTION_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession",
            propertyValue = "${storyline.extraction.concurrency,env.STORYLINE_EXTRACTION_CONCURRENCY:2}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionWorker implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

    @Inject
    WorkerLimits limits;

    @EJB
    ExtractionService extraction;

    @Override
    public void onMessage(Message message) {
        java.util.OptionalLong named = DocumentMessage.documentId(message);
        if (named.isEmpty()) {
            LOG.warning(() -> "Ignoring a message on the extraction queue that names no document: " + message);
            return;
        }
        long documentId = named.getAsLong();
        try {
            limits.extract(() -> extraction.process(documentId));
        } catch (RuntimeException e) {
            // The document stays where it was; start-up recovery and the sweeper bring it back.
            LOG.log(Level.SEVERE, "Extraction of document " + documentId + " could not be completed", e);
        }
    }
}
