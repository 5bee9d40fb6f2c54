package io.storyline.web.curation.faces;

import io.storyline.domain.event.Event;
import io.storyline.domain.event.ParticipantRole;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The event an editor chose on a document's page, and the values of its edit form. */
public class SelectedEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    Integer begin;
    Integer end;
    String type;
    String date;
    String precision = EventDates.DAY;
    String place;
    final List<Row> participants = new ArrayList<>();

    void load(Event e) {
        begin = e.triggerBegin();
        end = e.triggerEnd();
        type = e.typeCode();
        String value = e.date().map(d -> d.value()).orElse(null);
        date = EventDates.calendarDay(value);
        precision = EventDates.precisionOf(value);
        place = e.placeName().orElse(null);
        participants.clear();
        e.participants().forEach(p -> participants.add(new Row(p.entityId().map(id -> p.name() + " · #" + id)
                .orElse(p.name()), p.role())));
    }

    void clear() {
        begin = null;
        end = null;
        participants.clear();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getPrecision() {
        return precision;
    }

    public void setPrecision(String precision) {
        this.precision = precision;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<Row> getParticipants() {
        return participants;
    }

    /** One participant row of the form: a name (or "Name · #id" for a known entity) and a role. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private ParticipantRole role = ParticipantRole.PARTICIPANT;

        public Row() {
        }

        Row(String name, ParticipantRole role) {
            this.name = name;
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null || name.length() <= 300 ? name : name.substring(0, 300);
        }

        public ParticipantRole getRole() {
            return role;
        }

        public void setRole(ParticipantRole role) {
            this.role = role;
        }
    }
}
