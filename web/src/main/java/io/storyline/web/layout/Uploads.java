package io.storyline.web.layout;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/** What every page that takes files does once a file is handled: its temporary copy goes, taken in or refused. */
public final class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

    private Uploads() {
    }

    /** Deletes the container's temporary copy of the file (kept on disk past 1 MiB until deleted). */
    public static void discard(UploadedFile file) {
        if (file == null) {
            return;
        }
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary copy of an uploaded file", e);
        }
    }
}
