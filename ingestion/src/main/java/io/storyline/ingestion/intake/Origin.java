package io.storyline.ingestion.intake;

import io.storyline.domain.document.Channel;
import java.util.Objects;

/**
 * Where an upload comes from.
 *
 * @param channel        the way it came
 * @param containerId    the archive document it was found in, or {@code null}
 * @param containerDepth that archive's own depth (0 for an archive uploaded as itself)
 * @param path           its path inside the archive or the imported folder, or {@code null}
 * @param importItemId   the bulk import item it is, or {@code null}
 */
public record Origin(Channel channel, Long containerId, int containerDepth, String path, Long importItemId) {

    public Origin {
        Objects.requireNonNull(channel, "channel");
    }

    public static Origin of(Channel channel) {
        return new Origin(channel, null, 0, null, null);
    }

    public static Origin insideArchive(long containerId, int containerDepth, String path) {
        return new Origin(Channel.ARCHIVE, containerId, containerDepth, path, null);
    }

    public static Origin imported(long importItemId, String path) {
        return new Origin(Channel.IMPORT, null, 0, path, importItemId);
    }
}
