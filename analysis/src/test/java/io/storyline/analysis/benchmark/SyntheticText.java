package io.storyline.analysis.benchmark;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Names, headlines and sentences of about 150 characters for the benchmark archive, in the shape the analysis
 * stores them: who did what to whom, where, when, and why it matters. Made-up people; real cities.
 */
final class SyntheticText {

    static final List<String> PLACES = List.of("Geneva", "Cairo", "Doha", "Amman", "Beirut", "Ankara", "Istanbul",
            "Brussels", "Paris", "Berlin", "London", "Washington", "New York", "Vienna", "Rome", "Madrid", "Warsaw",
            "Kyiv", "Riyadh", "Abu Dhabi", "Muscat", "Baghdad", "Tehran", "Jerusalem", "Tel Aviv", "Ramallah", "Gaza",
            "Rafah", "Damascus", "Nicosia", "Athens", "Oslo", "Stockholm", "Helsinki", "Copenhagen", "The Hague",
            "Lisbon", "Dublin", "Prague", "Budapest", "Bucharest", "Sofia", "Belgrade", "Tbilisi", "Baku", "Yerevan",
            "Nairobi", "Addis Ababa", "Khartoum", "Tripoli", "Tunis", "Algiers", "Rabat", "Dakar", "Lagos", "Delhi",
            "Islamabad", "Beijing", "Tokyo", "Jakarta");

    private static final List<String> FIRST = List.of("Omar", "Leila", "David", "Sarah", "Yusuf", "Maria", "Pavel",
            "Ingrid", "Karim", "Noor", "Jonas", "Elena", "Tariq", "Hana", "Marco", "Rania", "Samuel", "Aylin", "Viktor",
            "Fatima", "Lucas", "Mira", "Hassan", "Clara", "Idris", "Sofia", "Ahmed", "Julia", "Nikos", "Dalia");
    private static final List<String> LAST = List.of("Mansour", "Okafor", "Lindqvist", "Petrov", "Haddad", "Kaya",
            "Rossi", "Nasser", "Weber", "Dubois", "Khalil", "Novak", "Aziz", "Moreau", "Farouk", "Jansen", "Saleh",
            "Costa", "Demir", "Ivanova", "Barzani", "Hoffmann", "Suleiman", "Garcia", "Rahman", "Keller", "Yilmaz",
            "Fischer", "Amin", "Varga");
    private static final List<String> ORGANISATIONS = List.of("the Foreign Ministry", "the Defence Ministry",
            "the United Nations", "the Red Crescent", "the European Commission", "the Arab League", "the World Bank",
            "the Security Council", "the Interior Ministry", "the Central Bank", "the Supreme Court",
            "the Electoral Commission", "the Health Ministry", "the Energy Ministry", "the African Union",
            "the Chamber of Commerce", "the Teachers' Union", "the Press Syndicate", "the National Assembly",
            "the Relief Agency", "the Port Authority", "the Human Rights Council", "the Finance Ministry",
            "the Coast Guard", "the Refugee Agency", "the Audit Office", "the Bar Association", "the Army Command",
            "the Opposition Bloc", "the Reform Party", "the Labour Party", "the Green Alliance", "the Farmers' Union",
            "the Water Authority", "the Anti-Corruption Office", "the Grain Board", "the Rail Company",
            "the State Oil Company", "the Pilots' Union", "the Medical Council");
    private static final List<String> PUBLISHERS = List.of("Wire Service", "Daily Ledger", "Evening Post",
            "Regional Herald", "Morning Star", "Capital Times", "Coastal Review", "Northern Gazette", "Free Press",
            "World Desk", "City Chronicle", "Observer Online");
    private static final List<String> TOPICS = List.of(
            "as talks on a ceasefire along the border entered a second week",
            "in what officials called a step towards a lasting ceasefire in the region",
            "amid growing pressure over the rising cost of fuel and bread",
            "days after the latest round of shelling displaced thousands of families",
            "according to a statement released by the office after the meeting",
            "while aid agencies warned that supplies would run out within weeks",
            "as the government faces a confidence vote in parliament next month",
            "in a move that surprised diplomats who had expected further delays",
            "after months of stalled negotiations over the disputed water rights",
            "while thousands gathered outside the ministry to demand answers",
            "as investors waited for the central bank's decision on interest rates",
            "in a session that lasted late into the night, people present said",
            "citing new evidence gathered by investigators over the past year",
            "as the opposition accused the cabinet of hiding the true figures",
            "ahead of a donors' conference expected to pledge reconstruction funds",
            "after a court ordered the release of documents on the contracts");
    private static final List<String> HEADLINES = List.of("Ceasefire talks resume as envoys return",
            "Ceasefire holds for a third day, officials say", "Minister defends budget before parliament",
            "Aid convoy reaches besieged district", "Opposition calls for early elections",
            "Court hears appeal in contracts case", "Central bank holds rates steady", "Protests spread to the capital",
            "Envoy meets regional leaders", "New inquiry into port explosion", "Talks stall over water rights",
            "Prisoner exchange completed at border crossing", "Cabinet reshuffle brings in new faces",
            "Fuel prices rise again", "Donors pledge funds for reconstruction", "Strikes hit northern towns",
            "Health ministry warns of shortages", "Parliament passes election law", "Leaders agree on next steps",
            "Officials deny reports of secret deal", "Refugees return to border villages",
            "Investigators question former minister", "Summit ends without joint statement",
            "State oil company posts quarterly loss", "Union threatens general strike", "Army announces new operation",
            "Journalists detained at demonstration", "Foreign ministry summons ambassador",
            "Talks on grain exports resume", "Court orders release of activists");

    /** Code, weight, trigger, template: {A} agent, {O} the others, {P} " in place" or nothing, {W} when, {T} topic. */
    private static final String[][] TYPES = {
        {"MEETING", "14", "met", "{A} met {O}{P} {W} to discuss the crisis, {T}."},
        {"STATEMENT", "20", "said", "{A} said {W}{P} that the talks with {O} would go on, {T}."},
        {"ACCUSATION", "6", "accused", "{A} accused {O}{P} {W} of blocking the agreement, {T}."},
        {"PHONE_CALL", "6", "spoke", "{A} spoke by phone with {O} {W} about the next round, {T}."},
        {"NEGOTIATION", "6", "negotiated", "{A} negotiated with {O}{P} {W} over the terms of a deal, {T}."},
        {"PROPOSAL", "4", "proposed", "{A} proposed a new plan to {O}{P} {W}, {T}."},
        {"AGREEMENT", "4", "agreed", "{A} agreed with {O}{P} {W} on a timetable for the next steps, {T}."},
        {"PROTEST", "4", "protested", "Supporters of {A} protested{P} {W} against {O}, {T}."},
        {"MILITARY_OPERATION", "6", "strike", "{A} ordered a strike{P} {W} despite warnings from {O}, {T}."},
        {"HUMANITARIAN_AID", "3", "aid", "{A} delivered aid{P} {W} together with {O}, {T}."},
        {"ARREST", "3", "arrested", "Police arrested aides of {A}{P} {W}, {O} said, {T}."},
        {"RELEASE", "2", "released", "{A} released prisoners{P} {W} in an exchange brokered by {O}, {T}."},
        {"ELECTION", "2", "vote", "{A} won the vote{P} {W}, defeating {O}, {T}."},
        {"APPOINTMENT", "3", "appointed", "{A} appointed {O}{P} {W} to lead the delegation, {T}."},
        {"COURT_RULING", "3", "ruled", "A court ruled against {A}{P} {W} in a case brought by {O}, {T}."},
        {"DEATH", "3", "death", "{A} mourned the death of {O}{P} {W}, {T}."},
        {"PRODUCT_LAUNCH", "1", "launched", "{A} launched a digital service with {O}{P} {W}, {T}."},
        {"FINANCIAL_RESULT", "2", "revenue", "{A} reported falling revenue{P} {W}, {O} said, {T}."},
        {"ACQUISITION", "1", "takeover", "{A} backed the takeover of {O}{P} {W}, {T}."},
        {"INVESTIGATION", "4", "investigation", "{A} opened an investigation into {O}{P} {W}, {T}."},
    };
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(TYPES).mapToInt(t -> Integer.parseInt(t[1])).sum();

    private final Random random;

    SyntheticText(Random random) {
        this.random = random;
    }

    List<String> people(int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            if (!name.equals(TimelineArchive.TARGET_NAME)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    List<String> organisations() {
        return ORGANISATIONS;
    }

    String publisher() {
        return PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
    }

    String headline() {
        return HEADLINES.get(random.nextInt(HEADLINES.size()));
    }

    /** An event type code, as often as such events are in the news. */
    String type() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (String[] t : TYPES) {
            roll -= Integer.parseInt(t[1]);
            if (roll < 0) {
                return t[0];
            }
        }
        throw new IllegalStateException();
    }

    /** Writes the event's sentence from its type, participants, place and date, and sets its trigger. */
    void write(TimelineArchive.StoredEvent e) {
        String[] t = java.util.Arrays.stream(TYPES).filter(x -> x[0].equals(e.type)).findFirst().orElseThrow();
        String agent = e.parts.get(0).name();
        List<String> others = e.parts.subList(1, e.parts.size()).stream().map(TimelineArchive.Part::name).toList();
        String sentence = t[3].replace("{A}", agent)
                .replace("{O}", others.size() == 1 ? others.get(0)
                        : String.join(", ", others.subList(0, others.size() - 1)) + " and "
                        + others.get(others.size() - 1))
                .replace("{P}", e.place == null ? "" : " in " + e.place.name())
                .replace("{W}", e.when)
                .replace("{T}", TOPICS.get(random.nextInt(TOPICS.size())));
        e.sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        e.trigger = t[2];
    }

    static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String dayMonth(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
