package io.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes news-like articles from {@link NewsWords}: a headline, paragraphs of sentences about a small cast of
 * entities, with the offsets of every entity mention and event trigger, as analysis would have stored them.
 */
final class NewsArticles {

    /** A named entity of the generated archive. */
    record Entity(long id, String type, String name) {
    }

    /** An entity named in the text, at these offsets, in this sentence. */
    record Mention(Entity entity, int begin, int end, int sentence) {
    }

    /** An event reported by one sentence: its type, trigger and the sentence's bounds; the place, if named. */
    record Event(String type, String trigger, int triggerBegin, int triggerEnd, int sentence, int sentenceBegin,
                 int sentenceEnd, String sentenceText, Entity place, List<Entity> participants) {
    }

    record Article(String title, String text, List<Mention> mentions, List<Event> events) {
    }

    /** How often a sentence names an entity where it could: about ten mentions in an article of 2.5 KB. */
    private static final int NAMED_PERCENT = 22;

    private final Random random;
    private final List<Entity> persons;
    private final List<Entity> organizations;
    private final List<Entity> places;
    private final List<String> eventTypes;

    NewsArticles(Random random, List<Entity> persons, List<Entity> organizations, List<Entity> places) {
        this.random = random;
        this.persons = persons;
        this.organizations = organizations;
        this.places = places;
        this.eventTypes = NewsWords.EVENT_SENTENCES.keySet().stream().sorted().toList();
    }

    /** An article of about {@code targetChars} characters (never much shorter). */
    Article write(int targetChars) {
        Cast cast = new Cast(pick(persons, 3 + random.nextInt(3)), pick(organizations, 2 + random.nextInt(2)),
                pick(places, 2 + random.nextInt(2)));
        String title = capitalise(NewsWords.ADJECTIVES.get(skewed(NewsWords.ADJECTIVES.size()))) + " "
                + word(NewsWords.NOUNS) + " in " + cast.places.get(0).name() + " as " + cast.organizations.get(0).name()
                + " " + word(NewsWords.VERBS) + " " + word(NewsWords.NOUNS);
        Builder text = new Builder(cast);
        int events = 1 + random.nextInt(3);
        int eventEvery = Math.max(2, targetChars / 150 / (events + 1));
        int sentences = 0;
        while (text.out.length() < targetChars) {
            if (sentences > 0 && sentences % 4 == 0) {
                text.out.append("\n\n");
            } else if (sentences > 0) {
                text.out.append(' ');
            }
            if (events > 0 && sentences % eventEvery == eventEvery - 1) {
                String type = eventTypes.get(random.nextInt(eventTypes.size()));
                List<String> patterns = NewsWords.EVENT_SENTENCES.get(type);
                text.sentence(patterns.get(random.nextInt(patterns.size())), type);
                events--;
            } else {
                text.sentence(NewsWords.SENTENCES.get(random.nextInt(NewsWords.SENTENCES.size())), null);
            }
            sentences++;
        }
        return new Article(title, text.out.toString(), text.mentions, text.events);
    }

    private record Cast(List<Entity> persons, List<Entity> organizations, List<Entity> places) {
    }

    /** Fills sentence patterns, keeping the offsets of mentions and triggers. */
    private final class Builder {
        final StringBuilder out = new StringBuilder();
        final List<Mention> mentions = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final Cast cast;
        int sentenceIndex;
        boolean reportsEvent;
        int sentenceStart;

        Builder(Cast cast) {
            this.cast = cast;
        }

        void sentence(String pattern, String eventType) {
            int start = out.length();
            int firstMention = mentions.size();
            int triggerBegin = -1;
            String trigger = null;
            reportsEvent = eventType != null;
            sentenceStart = start;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{') {
                    char slot = pattern.charAt(i + 1);
                    i += 2;
                    slot(slot);
                } else if (c == '[') {
                    int close = pattern.indexOf(']', i);
                    trigger = pattern.substring(i + 1, close);
                    triggerBegin = out.length();
                    out.append(trigger);
                    i = close;
                } else {
                    out.append(c);
                }
            }
            if (eventType != null && trigger != null) {
                Entity place = null;
                List<Entity> participants = new ArrayList<>();
                for (Mention m : mentions.subList(firstMention, mentions.size())) {
                    if (m.entity().type().equals("LOCATION") && place == null) {
                        place = m.entity();
                    } else if (!m.entity().type().equals("LOCATION") && participants.size() < 2) {
                        participants.add(m.entity());
                    }
                }
                events.add(new Event(eventType, trigger, triggerBegin, triggerBegin + trigger.length(), sentenceIndex,
                        start, out.length(), out.substring(start), place, participants));
            }
            sentenceIndex++;
        }

        private void slot(char slot) {
            switch (slot) {
                case 'P' -> mention(cast.persons.get(random.nextInt(cast.persons.size())), "the " + word(NewsWords.ROLES));
                case 'O' -> mention(cast.organizations.get(random.nextInt(cast.organizations.size())), "the agency");
                case 'L' -> mention(cast.places.get(random.nextInt(cast.places.size())), "the region");
                case 'N' -> out.append(word(NewsWords.ADJECTIVES)).append(' ').append(word(NewsWords.NOUNS));
                case 'n' -> out.append(word(NewsWords.NOUNS));
                case 'V' -> out.append(word(NewsWords.VERBS));
                case 'A' -> out.append(word(NewsWords.ADJECTIVES));
                case 'R' -> out.append(word(NewsWords.ROLES));
                case 'D' -> out.append(NewsWords.WEEKDAYS.get(random.nextInt(7)));
                case '#' -> out.append(2 + random.nextInt(480));
                default -> throw new IllegalArgumentException("no slot {" + slot + "}");
            }
        }

        /** The entity by name (a mention), or now and then by a description, as reports do after naming them once. */
        private void mention(Entity entity, String description) {
            if (!reportsEvent && random.nextInt(100) >= NAMED_PERCENT) {
                out.append(out.length() == sentenceStart ? capitalise(description) : description);
                return;
            }
            int begin = out.length();
            out.append(entity.name());
            mentions.add(new Mention(entity, begin, out.length(), sentenceIndex));
        }
    }

    /** A word of the list, the first ones more often (as in real text, a few words are everywhere). */
    String word(List<String> words) {
        return words.get(skewed(words.size()));
    }

    /** An index below {@code n}, low ones more likely. */
    int skewed(int n) {
        double r = random.nextDouble();
        return Math.min(n - 1, (int) (n * r * r));
    }

    /** {@code count} distinct entities, the first of the list more often (some entities are in the news a lot). */
    private List<Entity> pick(List<Entity> from, int count) {
        List<Entity> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            double r = random.nextDouble();
            Entity e = from.get(Math.min(from.size() - 1, (int) (from.size() * r * r * r)));
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
