package io.storyline.analysis.knowledge.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.domain.common.Csv;
import io.storyline.analysis.knowledge.ImportReport;
import io.storyline.analysis.knowledge.KnowledgeCsv;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Upserts checked CSV rows into the alias table and the gazetteer, in the caller's transaction: the table is read
 * once into a map by key, so a file of 50,000 rows costs one query and its inserts.
 */
@ApplicationScoped
public class KnowledgeImporter {

    @Inject
    KnowledgeRepository knowledge;

    public ImportReport aliases(String csv, String user, Instant at) {
        KnowledgeCsv.Checked<KnowledgeCsv.AliasRow> checked = check(() -> KnowledgeCsv.aliases(csv, user, at));
        Map<String, Alias> stored = byKey(knowledge.aliases(), KnowledgeCsv::key);
        int added = 0;
        int updated = 0;
        for (KnowledgeCsv.AliasRow row : checked.rows()) {
            Alias wanted = row.alias();
            Alias existing = stored.get(KnowledgeCsv.key(wanted));
            if (existing == null) {
                knowledge.save(wanted);
                added++;
                continue;
            }
            String note = row.noteGiven() ? wanted.note().orElse(null) : existing.note().orElse(null);
            if (!existing.alias().equals(wanted.alias()) || !existing.canonical().equals(wanted.canonical())
                    || !Objects.equals(existing.note().orElse(null), note)) {
                existing.change(wanted.alias(), wanted.canonical(), wanted.type(), wanted.kind(), note, user, at);
                updated++;
            }
        }
        return report(checked, added, updated);
    }

    public ImportReport gazetteer(String csv, String user, Instant at) {
        KnowledgeCsv.Checked<KnowledgeCsv.NameRow> checked = check(() -> KnowledgeCsv.gazetteer(csv, user, at));
        Map<String, GazetteerEntry> stored = byKey(knowledge.gazetteer(), GazetteerEntry::nameKey);
        int added = 0;
        int updated = 0;
        for (KnowledgeCsv.NameRow row : checked.rows()) {
            GazetteerEntry wanted = row.entry();
            GazetteerEntry existing = stored.get(wanted.nameKey());
            if (existing == null) {
                knowledge.save(wanted);
                added++;
                continue;
            }
            String note = row.noteGiven() ? wanted.note().orElse(null) : existing.note().orElse(null);
            if (!existing.name().equals(wanted.name()) || existing.type() != wanted.type()
                    || existing.caseSensitive() != wanted.caseSensitive()
                    || !Objects.equals(existing.note().orElse(null), note)) {
                existing.change(wanted.name(), wanted.type(), wanted.caseSensitive(), note, user, at);
                updated++;
            }
        }
        return report(checked, added, updated);
    }

    private static <T> KnowledgeCsv.Checked<T> check(java.util.function.Supplier<KnowledgeCsv.Checked<T>> parse) {
        try {
            return parse.get();
        } catch (Csv.MalformedCsvException e) {
            throw AnalysisProblem.invalid("The file cannot be read as CSV: " + e.getMessage() + ". Nothing was"
                    + " imported.");
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }

    private static ImportReport report(KnowledgeCsv.Checked<?> checked, int added, int updated) {
        int rejected = checked.problems().size();
        int unchanged = checked.rows().size() - added - updated;
        List<String> shown = checked.problems().subList(0, Math.min(ImportReport.MAX_PROBLEMS, rejected));
        return new ImportReport(added, updated, unchanged, rejected, shown);
    }
}
