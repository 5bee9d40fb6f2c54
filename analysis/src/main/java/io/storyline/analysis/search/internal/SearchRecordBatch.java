package io.storyline.analysis.search.internal;

import io.storyline.platform.search.SearchRecords;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** Writes search records in transactions of their own, a batch at a time (the index follows each commit). */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchRecordBatch {

    static final int SIZE = 200;

    @Inject
    SearchRecords records;

    /** The next documents with text but no record, after {@code afterId}. */
    public List<Long> missing(long afterId) {
        return records.missing(afterId, SIZE);
    }

    public void write(List<Long> documentIds) {
        documentIds.forEach(records::refresh);
    }

    public long count() {
        return records.count();
    }

    /** The mapping version the index was last built with; 0 if never. */
    public int builtMappingVersion() {
        return records.builtMappingVersion();
    }

    public void mappingBuilt(int version) {
        records.mappingBuilt(version);
    }
}
