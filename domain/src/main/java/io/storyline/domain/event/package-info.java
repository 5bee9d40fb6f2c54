/**
 * Events: the taxonomy of {@link io.storyline.domain.event.EventType}s admins edit (names, trigger words and
 * patterns), and the {@link io.storyline.domain.event.Event}s found in documents, each with its participants,
 * place, date and how the date was found, modality, evidence sentence and confidence.
 */
package io.storyline.domain.event;
