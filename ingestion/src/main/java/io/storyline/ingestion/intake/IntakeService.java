package io.storyline.ingestion.intake;

/** Takes files into the archive. */
public interface IntakeService {

    /**
     * Stores the original and registers its document, or recognises bytes the archive already holds.
     *
     * @throws UploadRejectedException when the file cannot be taken in; its message says why
     */
    IntakeReceipt receive(Upload upload);

    /** The largest file accepted, in bytes ({@code storyline.upload.max-bytes}). */
    long maxUploadBytes();
}
