package io.storyline.web.timeline.rest;

import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.DateReport;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.StoryItem;
import io.storyline.analysis.timeline.StorySummary;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.domain.timeline.TimelineParticipant;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of {@code /api/timeline} and {@code /api/stories} (API.md, "Timelines"). */
public final class TimelineJson {

    private TimelineJson() {
    }

    /** A date at its precision. */
    public record DateJson(String value, LocalDate start, LocalDate end, String granularity, String display) {
        static DateJson of(EntryDate d) {
            return d == null ? null : new DateJson(d.value(), d.start(), d.end(), d.granularity().name(), d.display());
        }
    }

    /** A date some sources give, and which. */
    public record DateReportJson(DateJson date, List<Long> documents) {
        static DateReportJson of(DateReport r) {
            return new DateReportJson(DateJson.of(r.date()), r.documents());
        }
    }

    /** Who took part. */
    public record ParticipantJson(Long entityId, String name, String role) {
        static ParticipantJson of(TimelineParticipant p) {
            return new ParticipantJson(p.entityId(), p.name(), p.role().name());
        }
    }

    /** A report behind an entry: {@code begin}/{@code end} are the sentence's span in the document's text. */
    public record CitationJson(long documentId, String documentTitle, LocalDate documentDate, String sentence,
            int begin, int end, String eventKey, long eventId, int triggerBegin, int triggerEnd, String date) {
        static CitationJson of(Citation c) {
            return new CitationJson(c.documentId(), c.documentTitle(), c.documentDate(), c.sentence(), c.begin(),
                    c.end(), c.eventKey(), c.eventId(), c.triggerBegin(), c.triggerEnd(), c.dateValue());
        }
    }

    /** One timeline entry. */
    public record EntryJson(String key, DateJson date, boolean datesDisagree, List<DateReportJson> dates,
            String type, String typeName, String summary, List<ParticipantJson> participants, String place,
            List<Long> events, List<CitationJson> citations, List<String> mergedBecause) {
        static EntryJson of(TimelineEntry e) {
            return new EntryJson(e.key(), DateJson.of(e.date()), e.datesDisagree(),
                    e.dates().stream().map(DateReportJson::of).toList(), e.type(), e.typeName(), e.summary(),
                    e.participants().stream().map(ParticipantJson::of).toList(), e.place(), e.events(),
                    e.citations().stream().map(CitationJson::of).toList(), e.mergedBecause());
        }
    }

    /** The question a story asks. */
    public record FilterJson(Long entity, String q, Long document, LocalDate from, LocalDate to, String tag) {
        static FilterJson of(TimelineFilter f) {
            return new FilterJson(f.entityId(), f.query(), f.documentId(), f.from(), f.to(), f.tag());
        }
    }

    /** A story's entry with the editor's choices. */
    public record StoryItemJson(EntryJson entry, boolean included, String status, String note, Integer order,
            DateJson machineDate, String machineSummary) {
        static StoryItemJson of(StoryItem i) {
            return new StoryItemJson(EntryJson.of(i.entry()), i.included(), i.status().name(), i.note(),
                    i.manualOrder(), DateJson.of(i.machineDate()), i.machineSummary());
        }
    }

    /** A story. */
    public record StoryJson(long id, String title, String note, FilterJson filter, String createdBy,
            Instant createdAt, Instant updatedAt, Instant reviewedAt, String reviewedBy, Instant publishedAt,
            long changedSinceReview, int events, boolean truncated, List<StoryItemJson> entries) {
        static StoryJson of(StoryView v) {
            return new StoryJson(v.id(), v.title(), v.note(), FilterJson.of(v.filter()), v.createdBy(),
                    v.createdAt(), v.updatedAt(), v.reviewedAt(), v.reviewedBy(), v.publishedAt(),
                    v.changedSinceReview(), v.events(), v.truncated(),
                    v.items().stream().map(StoryItemJson::of).toList());
        }
    }

    /** A story in the list. */
    public record StorySummaryJson(long id, String title, String createdBy, Instant updatedAt, Instant reviewedAt,
            Instant publishedAt) {
        static StorySummaryJson of(StorySummary s) {
            return new StorySummaryJson(s.id(), s.title(), s.createdBy(), s.updatedAt(), s.reviewedAt(),
                    s.publishedAt());
        }
    }

    /** The body of {@code POST /api/stories}. */
    public record NewStoryJson(String title, String note, Long entity, String q, Long document, String from,
            String to, String tag) {

        public static final String SHAPE = "Send \\{\"title\": \"...\", \"note\": \"...\", and what the story"
                + " follows: \"entity\", \"q\", \"document\", \"from\", \"to\"\\}.";
    }

    /** The body of {@code PUT /api/stories/{id}}. */
    public record StoryTitleJson(String title, String note) {

        public static final String SHAPE = "Send \\{\"title\": \"...\", \"note\": \"...\"\\}.";
    }

    /** The body of {@code PUT /api/stories/{id}/entries/{key}}; absent fields stay as they are. */
    public record EntryEditJson(Boolean included, String date, String summary, String note, Integer order) {

        public static final String SHAPE = "Send any of \\{\"included\": true, \"date\": \"2024-04-04\","
                + " \"summary\": \"...\", \"note\": \"...\", \"order\": 1\\}.";
    }

    /** The body of {@code POST /api/timeline/links}: {@code kind} SAME or DIFFERENT. */
    public record LinkJson(@NotNull(message = LinkJson.SHAPE) String a, @NotNull(message = LinkJson.SHAPE) String b,
                           @NotNull(message = LinkJson.SHAPE)
                           @Pattern(regexp = "\\s*(?i:SAME|DIFFERENT)\\s*", message = "\"kind\" is SAME or DIFFERENT")
                           String kind,
                           String reason) {

        public static final String SHAPE = "Send \\{\"a\": \"<document>:<begin>-<end>\", \"b\": \"...\","
                + " \"kind\": \"SAME\" or \"DIFFERENT\", \"reason\": \"...\"\\}.";
    }

    /** The body of {@code POST /api/timeline/split}: the report to take out of its entry, in the timeline named. */
    public record SplitJson(@NotNull(message = SplitJson.SHAPE) String event, String reason, Long entity, String q,
                            Long document, String from, String to) {

        public static final String SHAPE = "Send \\{\"event\": \"<document>:<begin>-<end>\", \"reason\": \"...\","
                + " and the timeline's filter: \"entity\", \"q\", \"document\", \"from\", \"to\"\\}.";
    }
}
