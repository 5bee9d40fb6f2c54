package io.storyline.analysis.processing.internal;

import io.storyline.domain.document.Pipeline;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
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

    @EJB
    AnalysisService analysis;

    @Override
    public void onMessage(Message message) {
        long documentId;
        try {
            documentId = Long.parseLong(((TextMessage) message).getText().strip());
        } catch (JMSException | ClassCastException | NumberFormatException | NullPointerException e) {
            LOG.log(Level.WARNING, "Ignoring a message on the analysis queue that names no document: " + message, e);
            return;
        }
        try {
            analysis.process(documentId);
        } catch (RuntimeException e) {
            // The document stays where it was; start-up recovery and the sweeper bring it back.
            LOG.log(Level.SEVERE, "Analysis of document " + documentId + " could not be completed", e);
        }
    }
}
