package io.storyline.platform.messaging;

import io.storyline.domain.document.Pipeline;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes workers up. The row is the truth and a message only says "look at document N", so messages are light:
 * not persistent, not part of the transaction, sent just after it commits (never for a row that was not saved),
 * and a message lost in a crash is replaced at start-up, when every waiting document is queued again.
 */
@ApplicationScoped
public class PipelineQueues {

    private static final Logger LOG = Logger.getLogger(PipelineQueues.class.getName());
    private static final Object PENDING = PipelineQueues.class.getName() + ".pending";

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = Pipeline.EXTRACTION_QUEUE)
    Queue extraction;

    @Resource(lookup = Pipeline.ANALYSIS_QUEUE)
    Queue analysis;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Connection connection;
    /** One session per thread that sends: sessions are single-threaded and cost a round trip to make. */
    private final ThreadLocal<Sender> senders = new ThreadLocal<>();

    private record Sender(Session session, MessageProducer producer) {
    }

    private record Wake(Queue queue, long documentId, long delayMillis) {
    }

    @PostConstruct
    void open() {
        try {
            connection = factory.createConnection();
        } catch (JMSException e) {
            throw new IllegalStateException("the pipeline's queues cannot be reached", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            connection.close(); // closes every session with it
        } catch (JMSException e) {
            // closing at undeployment; nothing to save
        }
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
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            send(List.of(wake));
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
                        send(batch);
                    }
                }
            });
            pending = batch;
        }
        pending.add(wake);
    }

    private void send(List<Wake> wakes) {
        try {
            Sender sender = sender();
            for (Wake wake : wakes) {
                sender.producer().setDeliveryDelay(wake.delayMillis());
                sender.producer().send(wake.queue(), sender.session().createTextMessage(Long.toString(wake.documentId())));
            }
        } catch (JMSException | RuntimeException e) {
            forgetSender();
            LOG.log(Level.WARNING, "Could not wake the workers for " + wakes + "; the documents are picked up at the"
                    + " next start-up or retry", e);
        }
    }

    private Sender sender() throws JMSException {
        Sender sender = senders.get();
        if (sender == null) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(null);
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            sender = new Sender(session, producer);
            senders.set(sender);
        }
        return sender;
    }

    private void forgetSender() {
        Sender sender = senders.get();
        senders.remove();
        if (sender != null) {
            try {
                sender.session().close();
            } catch (JMSException e) {
                // a broken session is dropped either way
            }
        }
    }
}
