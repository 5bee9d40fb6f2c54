package io.storyline.ingestion.blob.internal;

import io.storyline.ingestion.blob.BlobStore;
import io.storyline.platform.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes the blob store in {@code <data dir>/blobs} available for injection. */
@ApplicationScoped
public class BlobStoreProducer {

    @Inject
    DataDirectory dataDirectory;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        try {
            return new FileSystemBlobStore(dataDirectory.folder(BlobStore.FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the blob store in " + dataDirectory.root(), e);
        }
    }
}
