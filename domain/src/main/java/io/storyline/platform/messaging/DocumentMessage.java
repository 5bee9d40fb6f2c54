package io.storyline.platform.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.OptionalLong;

/** The messages {@link PipelineQueues} sends: a text message holding one document id. */
public final class DocumentMessage {

    private DocumentMessage() {
    }

    /** The document a message names, or empty when it names none (a stray message, which workers ignore). */
    public static OptionalLong documentId(Message message) {
        try {
            return OptionalLong.of(Long.parseLong(((TextMessage) message).getText().strip()));
        } catch (JMSException | ClassCastException | NumberFormatException | NullPointerException e) {
            return OptionalLong.empty();
        }
    }
}
