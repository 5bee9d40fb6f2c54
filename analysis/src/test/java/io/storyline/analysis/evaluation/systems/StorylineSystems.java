package io.storyline.analysis.evaluation.systems;

import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.entities.EntityFinder;
import io.storyline.analysis.entities.FoundMention;
import io.storyline.analysis.evaluation.CharSpan;
import io.storyline.analysis.evaluation.DocumentPrediction;
import io.storyline.analysis.evaluation.DocumentTagger;
import io.storyline.analysis.evaluation.EntityTagger;
import io.storyline.analysis.evaluation.EventMentionTagger;
import io.storyline.analysis.evaluation.Participation;
import io.storyline.analysis.evaluation.TimeTagger;
import io.storyline.analysis.evaluation.TimelineTagger;
import io.storyline.analysis.evaluation.TimexPrediction;
import io.storyline.analysis.evaluation.TokenSpan;
import io.storyline.analysis.evaluation.metrics.EventAnnotation;
import io.storyline.analysis.events.EventTagger;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.FoundParticipant;
import io.storyline.analysis.events.timeml.EventMention;
import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.pipeline.DocumentAnalyzer;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.MentionSource;
import io.storyline.domain.event.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Storyline's analysis, exactly as the server runs it (same pipeline settings, same knowledge), seen through the
 * evaluation's interfaces.
 */
public final class StorylineSystems {

    public static final String NAME = "storyline";
    public static final String RECOGNISER = "storyline-recogniser";
    /** The news events alone, before the event layer: beside {@link #NAME} it shows what the layer adds. */
    public static final String NEWS = "storyline-news";
    /** Timelines from every event of the layer, not only the news events. */
    public static final String ALL = "storyline-all";

    private static final Map<String, String> RECOGNISED = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
            "LOCATION", "LOC", "MISC", "MISC");

    private final DocumentAnalyzer analyzer;
    private final LanguagePipeline pretokenized;
    private final EntityFinder entities;
    private final EventTagger events;

    /**
     * @param pipeline     the server's pipeline
     * @param pretokenized the same models reading text that is already tokens, one sentence per line
     */
    public StorylineSystems(LanguagePipeline pipeline, LanguagePipeline pretokenized, Knowledge knowledge) {
        this.analyzer = new DocumentAnalyzer(pipeline, knowledge);
        this.pretokenized = pretokenized;
        this.entities = new EntityFinder(knowledge);
        this.events = new EventTagger(knowledge.eventTypes());
    }

    public TimeTagger times() {
        return new TimeTagger() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public List<TimexPrediction> tag(String text, LocalDate documentDate) {
                return analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE).times().stream()
                        .map(t -> new TimexPrediction(t.begin(), t.end(), t.type(), t.value())).toList();
            }
        };
    }

    public EntityTagger names() {
        return new EntityTagger() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public List<TokenSpan> tag(List<List<String>> sentences) {
                String text = sentences.stream().map(s -> String.join(" ", s)).collect(Collectors.joining("\n"));
                AnnotatedText annotated = pretokenized.annotate(text, null);
                EntityAnalysis found = entities.find(annotated);
                List<TokenSpan> spans = new ArrayList<>();
                for (FoundMention m : found.mentions()) {
                    if (m.source() != MentionSource.DESCRIPTION) {
                        spans.add(new TokenSpan(m.sentence(), m.tokenStart(), m.tokenEnd(), conll(m.type())));
                    }
                }
                return spans;
            }
        };
    }

    /**
     * The recogniser's names alone, before any of Storyline's entity rules (listed names, abbreviations, type
     * votes): beside {@link #names()} it shows what the rules add or cost on each set.
     */
    public EntityTagger recogniser() {
        return new EntityTagger() {
            @Override
            public String name() {
                return RECOGNISER;
            }

            @Override
            public List<TokenSpan> tag(List<List<String>> sentences) {
                String text = sentences.stream().map(s -> String.join(" ", s)).collect(Collectors.joining("\n"));
                List<TokenSpan> spans = new ArrayList<>();
                for (Sentence sentence : pretokenized.annotate(text, null).sentences()) {
                    List<Token> tokens = sentence.tokens();
                    int i = 0;
                    while (i < tokens.size()) {
                        String tag = tokens.get(i).ner();
                        String type = RECOGNISED.get(tag);
                        int start = i++;
                        while (type != null && i < tokens.size() && tokens.get(i).ner().equals(tag)) {
                            i++;
                        }
                        if (type != null) {
                            spans.add(new TokenSpan(sentence.index(), start, i, type));
                        }
                    }
                }
                return spans;
            }
        };
    }

    public DocumentTagger documents() {
        return new DocumentTagger() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public DocumentPrediction tag(String text, LocalDate documentDate) {
                DocumentAnalysis analysis = analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE);
                List<CharSpan> mentions = analysis.entities().mentions().stream()
                        .map(m -> new CharSpan(m.begin(), m.end(), conll(m.type()))).toList();
                List<CharSpan> events = new ArrayList<>();
                List<Participation> participants = new ArrayList<>();
                for (FoundEvent e : analysis.events()) {
                    CharSpan event = new CharSpan(e.begin(), e.end(), e.type());
                    events.add(event);
                    for (FoundParticipant p : e.participants()) {
                        String type = p.entity() == null ? null : conll(p.entity().type());
                        participants.add(new Participation(event, new CharSpan(p.begin(), p.end(), type),
                                p.role().name()));
                    }
                }
                List<TimexPrediction> times = analysis.times().stream()
                        .map(t -> new TimexPrediction(t.begin(), t.end(), t.type(), t.value())).toList();
                List<CharSpan> all = new ArrayList<>(events);
                for (EventMention m : analysis.mentions()) {
                    if (events.stream().noneMatch(e -> e.begin() < m.end() && m.begin() < e.end())) {
                        all.add(new CharSpan(m.begin(), m.end(), m.eventClass().name()));
                    }
                }
                return new DocumentPrediction(mentions, all, times, participants, events);
            }
        };
    }

    public TimelineTagger timelines() {
        return new TimelineTagger() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public DocumentAnalysis analyze(String text, LocalDate documentDate) {
                return analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE);
            }
        };
    }

    /** Every event of the layer, with its TimeML attributes. */
    public EventMentionTagger layer() {
        return new EventMentionTagger() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public List<EventAnnotation> tag(String text, LocalDate documentDate) {
                DocumentAnalysis a = analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE);
                Map<Integer, String> anchors = new HashMap<>();
                for (FoundEvent e : events.anchor(a.text(), a.entities(), a.times(), a.mentions(), List.of())) {
                    if (e.date() != null) {
                        anchors.put(e.begin(), e.date().value());
                    }
                }
                return a.mentions().stream()
                        .map(m -> new EventAnnotation(m.begin(), m.end(), m.eventClass().name(), m.tense().name(),
                                m.aspect().name(), m.negated() ? "NEG" : "POS", anchors.get(m.begin()))).toList();
            }
        };
    }

    /** The news events' triggers alone, as TimeML events without attributes. */
    public EventMentionTagger newsTriggers() {
        return new EventMentionTagger() {
            @Override
            public String name() {
                return NEWS;
            }

            @Override
            public List<EventAnnotation> tag(String text, LocalDate documentDate) {
                return analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE).events().stream()
                        .map(e -> new EventAnnotation(e.begin(), e.end(), null, null, null, null)).toList();
            }
        };
    }

    /**
     * Timelines from every event of the layer: the news events, and the layer's other events with participants
     * and dates found the way news events get theirs ({@link EventTagger#anchor}), those told as having happened
     * (not future, hypothetical or negated) with a named participant. Without those two conditions the trial
     * timelines' F1 falls from 17.5 to 8.4: every verb of a sentence that names the target joins its timeline.
     */
    public TimelineTagger allTimelines() {
        return new TimelineTagger() {
            @Override
            public String name() {
                return ALL;
            }

            @Override
            public DocumentAnalysis analyze(String text, LocalDate documentDate) {
                DocumentAnalysis a = analyzer.analyze(text, documentDate, ReferenceSource.PUBLICATION_DATE);
                List<FoundEvent> all = new ArrayList<>(a.events());
                for (FoundEvent e : events.anchor(a.text(), a.entities(), a.times(), a.mentions(), a.events())) {
                    boolean happened = e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED;
                    if (happened && e.participants().stream().anyMatch(p -> p.entity() != null)) {
                        all.add(e);
                    }
                }
                return new DocumentAnalysis(a.text(), a.entities(), a.times(), all, a.mentions());
            }
        };
    }

    static String conll(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case OTHER -> "MISC";
        };
    }
}
