package no.laeringsarena.esnode.agent;

import java.lang.instrument.Instrumentation;

/**
 * Stand-in for Elasticsearch's lib/entitlement-agent jar, which is not published to Maven Central.
 * The server attaches this agent to itself and passes the name of its entitlement initialisation class as the
 * agent argument; the agent only hands it the {@link Instrumentation}.
 */
public final class EntitlementAgent {

    private EntitlementAgent() {
    }

    public static void agentmain(String initializationClass, Instrumentation instrumentation) throws ReflectiveOperationException {
        Class.forName(initializationClass)
            .getMethod("initialize", Instrumentation.class)
            .invoke(null, instrumentation);
    }
}
