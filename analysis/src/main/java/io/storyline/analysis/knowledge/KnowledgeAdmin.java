package io.storyline.analysis.knowledge;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.event.EventType;
import java.util.List;

/**
 * What admins edit: the alias table, the gazetteer and the event taxonomy. A change takes effect for the next
 * document analysed; re-analyse to apply it to the archive. Each method throws
 * {@link io.storyline.analysis.AnalysisProblem} naming what is missing, unreadable or already there.
 */
public interface KnowledgeAdmin {

    /** An alias as an admin writes it: {@code kind} NAME or DESCRIPTION, {@code type} PERSON, ORGANIZATION ... */
    record AliasInput(String alias, String canonical, String type, String kind, String note) {
    }

    /** A gazetteer name as an admin writes it. */
    record NameInput(String name, String type, Boolean caseSensitive, String note) {
    }

    /**
     * An event type as an admin writes it.
     *
     * @param triggers lemmas separated by commas, each optionally {@code /V}, {@code /N} or {@code /A}
     * @param patterns one lemma sequence per line, {@code *} for any one word
     */
    record EventTypeInput(String code, String name, String description, String triggers, String patterns,
                          Boolean enabled) {
    }

    List<Alias> aliases(String query);

    /** A page of aliases whose alias or canonical name contains {@code query}, of {@code type} (blank: any). */
    Page<Alias> aliases(String query, String type, PageRequest page);

    /** Every alias, for export. */
    List<Alias> allAliases();

    /**
     * Adds or updates every valid row of an alias CSV ({@link KnowledgeCsv}), keyed by alias, type and kind; rejects
     * the others with their line numbers. Importing the same file twice changes nothing the second time.
     *
     * @throws io.storyline.analysis.AnalysisProblem when the text is not CSV or is too long
     */
    ImportReport importAliases(String csv, String user);

    Alias addAlias(AliasInput input, String user);

    Alias changeAlias(long id, AliasInput input, String user);

    void deleteAlias(long id, String user);

    List<GazetteerEntry> gazetteer(String query);

    /** A page of gazetteer names containing {@code query}, of {@code type} (blank: any). */
    Page<GazetteerEntry> gazetteer(String query, String type, PageRequest page);

    /** Every gazetteer name, for export. */
    List<GazetteerEntry> allGazetteer();

    /** As {@link #importAliases}, for the gazetteer, keyed by name. */
    ImportReport importGazetteer(String csv, String user);

    GazetteerEntry addName(NameInput input, String user);

    GazetteerEntry changeName(long id, NameInput input, String user);

    void deleteName(long id, String user);

    List<EventType> eventTypes();

    EventType eventType(String code);

    EventType addEventType(EventTypeInput input, String user);

    EventType changeEventType(String code, EventTypeInput input, String user);

    void deleteEventType(String code, String user);
}
