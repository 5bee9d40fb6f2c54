package io.storyline.platform.messaging;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this server node signs its claims with: WildFly's node name, else the host name. */
public final class WorkerIdentity {

    private static final String NAME = resolve();

    private WorkerIdentity() {
    }

    public static String name() {
        return NAME;
    }

    private static String resolve() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
