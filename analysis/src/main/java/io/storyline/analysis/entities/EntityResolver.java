package io.storyline.analysis.entities;

import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.knowledge.NameAlias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.Names;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the mentions of one document to its entities: aliases first ("al-Quds" is Jerusalem), then abbreviations,
 * then a person's shorter names to their fullest one ("Blinken" to "Antony Blinken" when only one Blinken is
 * named), then descriptions to the person they stand for. One name has one type in a document: where the
 * recogniser typed it differently in different places, the type most of its mentions have wins.
 */
final class EntityResolver {

    private record Name(EntityType type, String name, boolean aliased) {
        String key() {
            return Names.key(name);
        }
    }

    private final Map<String, NameAlias> aliases = new HashMap<>();

    EntityResolver(Knowledge knowledge) {
        for (NameAlias a : knowledge.aliases()) {
            if (a.kind() == AliasKind.NAME) {
                aliases.putIfAbsent(Names.key(a.alias()), a);
            }
        }
    }

    /** @param datelines the datelines' places: their type is the recogniser's, whatever the vote says */
    EntityAnalysis resolve(List<FoundMention> mentions, Abbreviations abbreviations,
            List<Descriptions.Described> described, Set<FoundMention> datelines) {
        Map<FoundMention, Name> names = new IdentityHashMap<>();
        for (FoundMention m : mentions) {
            names.put(m, named(m, abbreviations));
        }
        voteTypes(mentions, names, datelines);
        linkShortNames(mentions, names);
        linkFragments(mentions, names);
        List<FoundMention> all = new ArrayList<>(mentions);
        for (Descriptions.Described d : described) {
            List<Name> people = d.people().stream().map(names::get).filter(java.util.Objects::nonNull)
                    .filter(n -> n.type() == EntityType.PERSON).distinct().toList();
            if (people.size() == 1) {
                names.put(d.mention(), people.get(0));
                all.add(d.mention());
            }
        }
        Map<String, List<FoundMention>> groups = new LinkedHashMap<>();
        Map<String, Name> groupNames = new HashMap<>();
        all.sort(java.util.Comparator.comparingInt(FoundMention::begin));
        for (FoundMention m : all) {
            Name name = names.get(m);
            String key = name.type() + "|" + name.key();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(retyped(m, name.type()));
            groupNames.merge(key, name, (a, b) -> a.aliased() || a.name().length() >= b.name().length() ? a : b);
        }
        List<DocumentEntity> entities = new ArrayList<>();
        groups.forEach((key, members) -> {
            Name name = groupNames.get(key);
            entities.add(new DocumentEntity(name.type(), name.name(), name.aliased(), members));
        });
        return new EntityAnalysis(entities);
    }

    private static FoundMention retyped(FoundMention m, EntityType type) {
        return m.type() == type ? m : m.withType(type, m.source());
    }

    private Name named(FoundMention m, Abbreviations abbreviations) {
        String text = clean(m.text());
        NameAlias alias = aliases.get(Names.key(text));
        if (alias != null) {
            return new Name(alias.type(), alias.canonical(), true);
        }
        Optional<FoundMention> longForm = abbreviations.longFormOf(text).filter(l -> l != m);
        if (longForm.isPresent()) {
            FoundMention l = longForm.get();
            NameAlias longAlias = aliases.get(Names.key(clean(l.text())));
            return longAlias != null ? new Name(longAlias.type(), longAlias.canonical(), true)
                    : new Name(l.type(), clean(l.text()), false);
        }
        return new Name(m.type(), text, false);
    }

    /** One name, one type: the type most of the name's mentions have, where one has more than the others. */
    private static void voteTypes(List<FoundMention> mentions, Map<FoundMention, Name> names,
            Set<FoundMention> datelines) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            if (!n.aliased()) {
                votes.computeIfAbsent(n.key(), k -> new EnumMap<>(EntityType.class)).merge(n.type(), 1, Integer::sum);
            }
        }
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            Map<EntityType, Integer> v = votes.get(n.key());
            if (n.aliased() || v == null || v.size() < 2 || datelines.contains(m)) {
                continue;
            }
            int best = v.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<EntityType> winners = v.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                    .toList();
            if (winners.size() == 1 && winners.get(0) != n.type()) {
                names.put(m, new Name(winners.get(0), n.name(), false));
            }
        }
    }

    /**
     * A person's shorter name stands for the fuller one that ends with it ("Blinken", "Antony Blinken"), and two
     * full names with the same first and last word are one ("Antony J. Blinken", "Antony Blinken"), when only one
     * person fits.
     */
    private static void linkShortNames(List<FoundMention> mentions, Map<FoundMention, Name> names) {
        Map<String, Name> fullByKey = new LinkedHashMap<>();
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            if (n.type() == EntityType.PERSON && !n.aliased() && n.name().contains(" ")) {
                fullByKey.merge(n.key(), n, (a, b) -> a.name().length() >= b.name().length() ? a : b);
            }
        }
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            if (n.type() != EntityType.PERSON || n.aliased()) {
                continue;
            }
            String key = n.key();
            String[] words = key.split(" ");
            List<Name> fits = new ArrayList<>();
            for (Name full : fullByKey.values()) {
                String[] fw = full.key().split(" ");
                boolean fits1 = words.length == 1 && fw[fw.length - 1].equals(words[0]);
                boolean fits2 = words.length > 1 && !full.key().equals(key) && fw[0].equals(words[0])
                        && fw[fw.length - 1].equals(words[words.length - 1]) && fw.length > words.length;
                if (fits1 || fits2) {
                    fits.add(full);
                }
            }
            if (fits.size() == 1) {
                names.put(m, fits.get(0));
            }
        }
    }

    /**
     * An organisation's one-word name stands for the one longer organisation name of the document that ends with
     * it ("the Resistance" for "Palestinian Resistance"): a fragment of a longer name is not an entity of its own.
     */
    private static void linkFragments(List<FoundMention> mentions, Map<FoundMention, Name> names) {
        Map<String, List<Name>> byLastWord = new HashMap<>();
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            int space = n.key().lastIndexOf(' ');
            if (n.type() == EntityType.ORGANIZATION && space > 0) {
                List<Name> longer = byLastWord.computeIfAbsent(n.key().substring(space + 1), k -> new ArrayList<>());
                if (longer.stream().noneMatch(l -> l.key().equals(n.key()))) {
                    longer.add(n);
                }
            }
        }
        for (FoundMention m : mentions) {
            Name n = names.get(m);
            List<Name> longer = byLastWord.get(n.key());
            if (n.type() == EntityType.ORGANIZATION && !n.aliased() && longer != null && longer.size() == 1) {
                names.put(m, longer.get(0));
            }
        }
    }

    private static String clean(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        return t;
    }
}
