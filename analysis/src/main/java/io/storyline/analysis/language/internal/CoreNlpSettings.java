package io.storyline.analysis.language.internal;

import java.util.Properties;

/**
 * How CoreNLP is set up. The defaults are Storyline's: the CoNLL 4-class CRF (people, organisations, places,
 * other names) without CoreNLP's fine-grained types (they cost about 465 MB and half the speed, and our gazetteer
 * and aliases do that job), SUTime for time expressions, and the neural dependency parser for who did what.
 * Every model file named here must be in {@code corenlp.models.includes} in analysis/pom.xml, which decides what
 * the EAR carries.
 *
 * @param dependencies whether to parse dependencies (events need them for their participants)
 * @param pretokenized whether the text is already tokens separated by spaces, one sentence per line (for the
 *                     evaluation on CoNLL files)
 */
public record CoreNlpSettings(boolean dependencies, boolean pretokenized) {

    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Sentences longer than this are not tagged word by word (none is, now that {@link LongSentences} bounds them). */
    static final int MAX_SENTENCE_TOKENS = 400;

    public static CoreNlpSettings storyline() {
        return new CoreNlpSettings(true, false);
    }

    public CoreNlpSettings withPretokenized() {
        return new CoreNlpSettings(dependencies, true);
    }

    public CoreNlpSettings withoutDependencies() {
        return new CoreNlpSettings(false, pretokenized);
    }

    /** The first step: tokens and sentences. */
    Properties splitting() {
        Properties p = properties();
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    /** The second step, on the sentences of the first: tags, lemmas, names, times and dependencies. */
    Properties tagging() {
        Properties p = properties();
        p.setProperty("annotators", "pos,lemma,ner,sutime" + (dependencies ? ",depparse" : ""));
        return p;
    }

    private Properties properties() {
        Properties p = new Properties();
        // SUTime runs on its own, as its authors run it, rather than inside NER: it finds more ("year-earlier",
        // "the year-ago quarter"), and NER without its numeric classifiers is faster.
        p.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
        if (pretokenized) {
            p.setProperty("tokenize.whitespace", "true");
            p.setProperty("ssplit.eolonly", "true");
        } else {
            // A headline, a dateline or a list item is a sentence of its own, whatever its punctuation.
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        }
        p.setProperty("pos.model", POS_MODEL);
        p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("depparse.model", DEPENDENCY_MODEL);
        return p;
    }
}
