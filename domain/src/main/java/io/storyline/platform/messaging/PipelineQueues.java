package io.storyline.platform.messaging;

import io.storyline.domain.document.Pipeline;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes workers up. The row is the truth and a message only says "look at document N", so messages are light:
 * not persistent, not part of the transaction, sent just after it commits (never for a row that was not saved),
 * and a message lost in a crash is replaced at start-up, when every waiting document is queued again.
 *
 * <p>Each batch of wake-ups is sent through its own {@link JMSContext} from the platform's default connection
 * factory, closed at once: the server pools the connections behind it, and Jakarta EE allows one session per
 * connection in the container (Payara's broker enforces it), so nothing JMS is held between calls. A transaction's
 * wake-ups are sent after its commit on a managed thread, since the committing thread is still tied to the
 * finished transaction.
 */
@ApplicationScoped
public class PipelineQueues {

    private static final Logger LOG = Logger.getLogger(PipelineQueues.class.getName());
    private static final Object PENDING = PipelineQueues.class.getName() + ".pending";

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = Pipeline.EXTRACTION_QUEUE)
    Queue extraction;

    @Resource(lookup = Pipeline.ANALYSIS_QUEUE)
    Queue analysis;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Sends what a transaction asked for once it has committed, on a thread with no transaction of its own. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService sender;

    private record Wake(Queue queue, long documentId, long delayMillis) {
    }

    public void requestExtraction(long documentId) {
        wake(new Wake(extraction, documentId, 0));
    }

    public void requestExtraction(long documentId, Duration delay) {
        wake(new Wake(extraction, documentId, delay.toMillis()));
    }

    /** Asks analysis to take an extracted document. */
    public void announceExtracted(long documentId) {
        wake(new Wake(analysis, documentId, 0));
    }

    /** Asks analysis to take an extracted document after {@code delay}. */
    public void requestAnalysis(long documentId, Duration delay) {
        wake(new Wake(analysis, documentId, delay.toMillis()));
    }

    @SuppressWarnings("unchecked")
    private void wake(Wake wake) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            send(List.of(wake));
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            sendLater(List.of(wake));
            return;
        }
        List<Wake> pending = (List<Wake>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Wake> batch = new ArrayList<>();
            transactions.putResource(PENDING, batch);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: the messages wait for the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        // Not on this thread: its transaction has ended but is still attached, and the server's
                        // connection factory refuses to open a session beside a transaction that is neither active
                        // nor absent.
                        sendLater(batch);
                    }
                }
            });
            pending = batch;
        }
        pending.add(wake);
    }

    private void sendLater(List<Wake> wakes) {
        try {
            sender.execute(() -> send(wakes));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Could not wake the workers for " + wakes + " (the server is stopping); the documents"
                    + " are picked up at the next start-up or retry", e);
        }
    }

    private void send(List<Wake> wakes) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (Wake wake : wakes) {
                producer.setDeliveryDelay(wake.delayMillis())
                        .send(wake.queue(), Long.toString(wake.documentId()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not wake the workers for " + wakes + "; the documents are picked up at the"
                    + " next start-up or retry", e);
        }
    }
}
