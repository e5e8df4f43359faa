package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stand-in for Elasticsearch's lib/tools/ansi-console jar (not on Maven Central). The server loads this class by
 * name from that directory; answering null means "no ANSI console", which is right for a node without a terminal.
 */
public class AnsiConsoleLoader implements Supplier<Object> {

    @Override
    public Object get() {
        return null;
    }
}
