package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.function.UnaryOperator;

/** A token filter factory made of a name and a function that wraps the stream. */
final class SimpleFilter extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> wrap;
    private final boolean usableInSynonymRules;

    private SimpleFilter(String name, UnaryOperator<TokenStream> wrap, boolean usableInSynonymRules) {
        super(name);
        this.wrap = wrap;
        this.usableInSynonymRules = usableInSynonymRules;
    }

    static TokenFilterFactory of(String name, UnaryOperator<TokenStream> wrap) {
        return new SimpleFilter(name, wrap, true);
    }

    /** For filters that split or multiply tokens: as in analysis-common, they may not precede a synonym filter. */
    static TokenFilterFactory notForSynonymRules(String name, UnaryOperator<TokenStream> wrap) {
        return new SimpleFilter(name, wrap, false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return wrap.apply(tokenStream);
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        if (!usableInSynonymRules) {
            throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
        }
        return this;
    }
}
