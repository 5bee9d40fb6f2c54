package io.storyline.analysis.progress.internal;

import io.storyline.analysis.progress.PipelineProgress;
import io.storyline.analysis.progress.ProgressSnapshot;
import io.storyline.domain.document.DocumentRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** {@link PipelineProgress} from one grouped count over the documents. */
@Stateless
@Local(PipelineProgress.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PipelineProgressBean implements PipelineProgress {

    @Inject
    DocumentRepository documents;

    @Override
    public ProgressSnapshot snapshot() {
        return new ProgressSnapshot(documents.countByStatus());
    }
}
