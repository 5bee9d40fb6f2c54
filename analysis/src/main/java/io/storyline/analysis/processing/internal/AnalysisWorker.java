package io.storyline.analysis.processing.internal;

import io.storyline.domain.document.Pipeline;
import io.storyline.platform.messaging.DocumentMessage;
import io.storyline.platform.messaging.WorkerLimits;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes "analyse document N" messages. At most {@code storyline.analysis.concurrency} run at once (default 2);
 * they share one language pipeline.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Pipeline.ANALYSIS_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession",
            propertyValue = "${storyline.analysis.concurrency,env.STORYLINE_ANALYSIS_CONCURRENCY:2}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalysisWorker implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class.getName());

    @Inject
    WorkerLimits limits;

    @EJB
    AnalysisService analysis;

    @Override
    public void onMessage(Message message) {
        java.util.OptionalLong named = DocumentMessage.documentId(message);
        if (named.isEmpty()) {
            LOG.warning(() -> "Ignoring a message on the analysis queue that names no document: " + message);
            return;
        }
        long documentId = named.getAsLong();
        try {
            limits.analyse(() -> analysis.process(documentId));
        } catch (RuntimeException e) {
            // The document stays where it was; start-up recovery and the sweeper bring it back.
            LOG.log(Level.SEVERE, "Analysis of document " + documentId + " could not be completed", e);
        }
    }
}
