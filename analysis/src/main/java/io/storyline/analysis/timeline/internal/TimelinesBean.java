package io.storyline.analysis.timeline.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.EntryEdit;
import io.storyline.analysis.timeline.StoryItem;
import io.storyline.analysis.timeline.StorySummary;
import io.storyline.analysis.timeline.StoryView;
import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineAssembler;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.analysis.timeline.Timelines;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import io.storyline.domain.timeline.EventKey;
import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.EventLinkRepository;
import io.storyline.domain.timeline.Story;
import io.storyline.domain.timeline.StoryEntry;
import io.storyline.domain.timeline.StoryRepository;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.domain.timeline.TimelineRepository;
import io.storyline.domain.timeline.TimelineRow;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link Timelines} over the stored events, in the caller's transaction. */
@Stateless
@Local(Timelines.class)
public class TimelinesBean implements Timelines {

    @Inject
    TimelineRepository rows;

    @Inject
    EventLinkRepository links;

    @Inject
    StoryRepository stories;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    EntityRepository entities;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "storyline.timeline.max-events", defaultValue = "20000")
    int maxEvents;

    @Override
    public Timeline timeline(TimelineFilter filter) {
        if (filter.isEmpty()) {
            throw AnalysisProblem.invalid("Say whose or what timeline you want: an entity, words, a document or"
                    + " a date range.");
        }
        if (filter.entityId() != null && entities.find(filter.entityId()).isEmpty()) {
            throw AnalysisProblem.notFound("There is no entity " + filter.entityId() + ".");
        }
        List<TimelineRow> found = rows.events(filter, maxEvents + 1);
        boolean truncated = found.size() > maxEvents;
        List<TimelineRow> used = truncated ? found.subList(0, maxEvents) : found;
        return new TimelineAssembler(typeNames()).assemble(used, links.active(), truncated);
    }

    private Map<String, String> typeNames() {
        return eventTypes.all().stream().collect(Collectors.toMap(EventType::code, EventType::name, (a, b) -> a));
    }

    @Override
    public void link(String a, String b, EventLinkKind kind, String reason, String user) {
        EventKey first = key(a);
        EventKey second = key(b);
        if (first.equals(second)) {
            throw AnalysisProblem.invalid("Name two different reports; both keys are " + first + ".");
        }
        links.decide(new EventLink(kind, first, second, user, reason, clock.instant()));
    }

    @Override
    public void split(String eventKey, TimelineFilter filter, String reason, String user) {
        EventKey report = key(eventKey);
        TimelineEntry entry = timeline(filter).entries().stream()
                .filter(e -> e.citations().stream().anyMatch(c -> c.eventKey().equals(report.toString())))
                .findFirst()
                .orElseThrow(() -> AnalysisProblem.notFound("No entry of this timeline cites the report " + report
                        + "."));
        if (entry.citations().size() < 2) {
            throw AnalysisProblem.conflict("The report " + report + " is the only one of its entry; there is"
                    + " nothing to split.");
        }
        Instant at = clock.instant();
        for (var c : entry.citations()) {
            if (!c.eventKey().equals(report.toString())) {
                links.decide(new EventLink(EventLinkKind.DIFFERENT, report, EventKey.parse(c.eventKey()), user,
                        reason, at));
            }
        }
    }

    private static EventKey key(String text) {
        try {
            return EventKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid(e.getMessage() + ".");
        }
    }

    @Override
    public StoryView createStory(String title, String note, TimelineFilter filter, String user) {
        Story story;
        try {
            if (filter.entityId() != null && entities.find(filter.entityId()).isEmpty()) {
                throw AnalysisProblem.notFound("There is no entity " + filter.entityId() + ".");
            }
            story = new Story(title, note, filter, user, clock.instant());
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid(capitalised(e.getMessage()) + ".");
        }
        stories.save(story);
        Timeline timeline = timeline(filter);
        story.review(citationCounts(timeline), user, clock.instant());
        return view(story, timeline);
    }

    @Override
    public List<StorySummary> stories() {
        return stories.all().stream().map(s -> new StorySummary(s.id(), s.title(), s.createdBy(), s.updatedAt(),
                s.reviewedAt().orElse(null), s.publishedAt().orElse(null))).toList();
    }

    @Override
    public StoryView story(long id) {
        Story story = find(id);
        return view(story, timeline(story.filter()));
    }

    @Override
    public StoryView retitle(long id, String title, String note, String user, boolean admin) {
        Story story = changeable(id, user, admin);
        try {
            story.retitle(title, note, clock.instant());
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid(capitalised(e.getMessage()) + ".");
        }
        return story(id);
    }

    @Override
    public StoryView editEntry(long id, String entryKey, EntryEdit edit, String user, boolean admin) {
        Story story = changeable(id, user, admin);
        Timeline timeline = timeline(story.filter());
        TimelineEntry entry = timeline.entries().stream().filter(e -> e.key().equals(entryKey)).findFirst()
                .orElseThrow(() -> AnalysisProblem.notFound("The story \"" + story.title() + "\" has no entry "
                        + entryKey + " (any more)."));
        Instant at = clock.instant();
        if (edit.included() != null) {
            story.include(entryKey, edit.included(), entry.citations().size(), at);
        }
        if (edit.date() != null || edit.summary() != null || edit.note() != null || edit.order() != null) {
            Optional<StoryEntry> current = story.entry(entryKey);
            String date = edit.date() != null ? edit.date() : current.flatMap(StoryEntry::dateValue).orElse(null);
            if (date != null && !date.isBlank() && EntryDate.parse(date.strip()).isEmpty()) {
                throw AnalysisProblem.invalid("\"" + date + "\" is not a date: write a day (2024-04-04), a month"
                        + " (2024-05) or a year (2024).");
            }
            if (edit.order() != null && edit.order() < 1) {
                throw AnalysisProblem.invalid("A position counts from 1.");
            }
            story.correct(entryKey, entry.citations().size(), date,
                    edit.summary() != null ? edit.summary() : current.flatMap(StoryEntry::summary).orElse(null),
                    edit.note() != null ? edit.note() : current.flatMap(StoryEntry::note).orElse(null),
                    edit.order() != null ? edit.order() : current.flatMap(StoryEntry::manualOrder).orElse(null),
                    at);
        }
        return view(story, timeline);
    }

    @Override
    public StoryView review(long id, String user, boolean admin) {
        Story story = changeable(id, user, admin);
        Timeline timeline = timeline(story.filter());
        story.review(citationCounts(timeline), user, clock.instant());
        return view(story, timeline);
    }

    @Override
    public StoryView publish(long id, String user, boolean admin) {
        Story story = changeable(id, user, admin);
        story.published(clock.instant());
        return view(story, timeline(story.filter()));
    }

    @Override
    public StoryView deleteStory(long id, String user, boolean admin) {
        Story story = changeable(id, user, admin);
        StoryView was = view(story, timeline(story.filter()));
        stories.delete(story);
        return was;
    }

    /** The story, when this person may change it; else FORBIDDEN, saying whose it is. */
    private Story changeable(long id, String user, boolean admin) {
        Story story = find(id);
        if (!story.changeableBy(user, admin)) {
            throw AnalysisProblem.forbidden("The story \"" + story.title() + "\" belongs to " + story.createdBy()
                    + ": only they or an admin may change, publish or delete it. You can read it.");
        }
        return story;
    }

    private Story find(long id) {
        return stories.find(id).orElseThrow(() -> AnalysisProblem.notFound("There is no story " + id + "."));
    }

    private static Map<String, Integer> citationCounts(Timeline timeline) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        timeline.entries().forEach(e -> counts.put(e.key(), e.citations().size()));
        return counts;
    }

    /** Applies the story's choices to the timeline and orders the result. */
    static StoryView view(Story story, Timeline timeline) {
        List<StoryItem> dated = new ArrayList<>();
        List<StoryItem> undated = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            Optional<StoryEntry> choice = story.entry(entry.key());
            StoryItem.Status status = choice.isEmpty() ? StoryItem.Status.NEW
                    : entry.citations().size() > choice.get().seenCitations() ? StoryItem.Status.MORE_REPORTS
                    : StoryItem.Status.REVIEWED;
            TimelineEntry shown = entry;
            EntryDate machineDate = null;
            String machineSummary = null;
            if (choice.isPresent()) {
                StoryEntry c = choice.get();
                Optional<EntryDate> corrected = c.dateValue().flatMap(EntryDate::parse);
                if (corrected.isPresent() || c.summary().isPresent()) {
                    machineDate = corrected.isPresent() ? entry.date() : null;
                    machineSummary = c.summary().isPresent() ? entry.summary() : null;
                    shown = new TimelineEntry(entry.key(), corrected.orElse(entry.date()), entry.dates(),
                            entry.datesDisagree(), entry.type(), entry.typeName(), c.summary().orElse(entry.summary()),
                            entry.participants(), entry.place(), entry.events(), entry.citations(),
                            entry.mergedBecause());
                }
            }
            StoryItem item = new StoryItem(shown, choice.map(StoryEntry::included).orElse(false), status,
                    choice.flatMap(StoryEntry::note).orElse(null),
                    choice.flatMap(StoryEntry::manualOrder).orElse(null), machineDate, machineSummary);
            (shown.dated() ? dated : undated).add(item);
        }
        dated.sort(Comparator.comparing(StoryItem::entry, TimelineAssembler.ORDER));
        undated.sort(Comparator.comparing((StoryItem i) -> i.manualOrder() == null ? Integer.MAX_VALUE : i.manualOrder())
                .thenComparing(i -> TimelineAssembler.firstReport(i.entry())));
        List<StoryItem> items = new ArrayList<>(dated);
        items.addAll(undated);
        return new StoryView(story.id(), story.version(), story.title(), story.note().orElse(null), story.filter(),
                story.createdBy(), story.createdAt(), story.updatedAt(), story.reviewedAt().orElse(null),
                story.reviewedBy().orElse(null), story.publishedAt().orElse(null), items, timeline.events(),
                timeline.truncated());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
