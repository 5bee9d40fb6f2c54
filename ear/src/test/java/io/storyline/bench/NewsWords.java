package io.storyline.bench;

import java.util.List;
import java.util.Map;

/**
 * The word lists the generated archive is written from: names, places, organisations, publishers, tags, the
 * common words of news reports, and sentence patterns. The page benchmark searches with the same words, so what it
 * asks for is there to be found.
 */
final class NewsWords {

    private NewsWords() {
    }

    static final List<String> FIRST_NAMES = List.of("Amira", "Antony", "Beatriz", "Carlos", "Chen", "Dalia", "David",
            "Elena", "Emmanuel", "Fatima", "Farid", "Grace", "Hassan", "Helena", "Ibrahim", "Ines", "Jakob", "Jana",
            "Kenji", "Khalid", "Lars", "Leila", "Lucia", "Marco", "Maria", "Mehmet", "Nadia", "Nikolai", "Olga",
            "Omar", "Pablo", "Priya", "Rania", "Ravi", "Sara", "Sergei", "Sofia", "Tariq", "Thomas", "Ursula",
            "Viktor", "Wei", "Yasmin", "Youssef", "Zainab", "Anna", "Benedikt", "Claire", "Dmitri", "Esther");

    static final List<String> LAST_NAMES = List.of("Abadi", "Almeida", "Bauer", "Benali", "Castillo", "Dubois",
            "Eriksen", "Farouk", "Fischer", "Garcia", "Haddad", "Hansen", "Ivanova", "Jansen", "Kaya", "Khoury",
            "Kowalski", "Larsen", "Lindqvist", "Mansour", "Moreau", "Mueller", "Nakamura", "Novak", "Okafor",
            "Olsen", "Petrov", "Quinn", "Rahman", "Rossi", "Saleh", "Santos", "Schmidt", "Silva", "Tanaka",
            "Torres", "Usman", "Varga", "Wagner", "Yilmaz", "Zhang", "Osei", "Mendes", "Keller", "Nasser",
            "Brennan", "Costa", "Dahl", "Ekwueme", "Fontaine", "Grieve", "Hollis", "Ibarra", "Jovanovic", "Kuznetsov",
            "Lambert", "Morales", "Nyberg", "Ortega", "Pereira");

    static final List<String> PLACES = List.of("Cairo", "Geneva", "Nairobi", "Lisbon", "Oslo", "Ankara", "Beirut",
            "Brussels", "Warsaw", "Madrid", "Amman", "Doha", "Tunis", "Vienna", "Helsinki", "Athens", "Dakar",
            "Lagos", "Accra", "Kyiv", "Riga", "Tallinn", "Vilnius", "Prague", "Budapest", "Zagreb", "Sarajevo",
            "Tirana", "Skopje", "Sofia City", "Bucharest", "Chisinau", "Tbilisi", "Yerevan", "Baku", "Tashkent",
            "Almaty", "Islamabad", "Karachi", "Dhaka", "Colombo", "Kathmandu", "Hanoi", "Manila", "Jakarta",
            "Bangkok", "Seoul", "Osaka", "Lima", "Quito", "Bogota", "Caracas", "Santiago", "Montevideo",
            "Asuncion", "La Paz", "Havana", "Kingston", "Toronto", "Marseille", "Hamburg", "Rotterdam", "Antwerp",
            "Gothenburg", "Bergen", "Aarhus", "Porto", "Seville", "Naples", "Turin", "Krakow", "Gdansk", "Odesa",
            "Kharkiv", "Mosul", "Basra", "Aleppo", "Homs", "Gaza", "Rafah", "Jenin", "Hebron", "Khartoum",
            "Juba", "Addis Ababa", "Mogadishu", "Kampala", "Kigali", "Goma", "Bamako", "Niamey", "Tripoli",
            "Benghazi", "Misrata", "Sanaa", "Aden", "Muscat", "Manama", "Erbil", "Kirkuk", "Latakia", "Tartus");

    static final List<String> ORG_HEADS = List.of("Ministry of", "Council for", "Agency for", "Commission on",
            "Institute of", "Office of", "Federation of", "Union of", "Fund for", "Authority for");

    static final List<String> ORG_FIELDS = List.of("Health", "Energy", "Trade", "Water", "Finance", "Transport",
            "Education", "Agriculture", "Defence", "Justice", "Labour", "Housing", "Fisheries", "Culture",
            "Digital Affairs", "Refugees", "Statistics", "Elections", "Ports", "Mining");

    static final List<String> COMPANY_WORDS = List.of("Atlas", "Borealis", "Cobalt", "Delta", "Equinox", "Falcon",
            "Granite", "Harbor", "Ion", "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orion", "Pioneer",
            "Quartz", "Radius", "Summit", "Tundra", "Vertex", "Willow", "Zenith", "Aurora", "Beacon");

    static final List<String> COMPANY_KINDS = List.of("Holdings", "Energy", "Bank", "Logistics", "Airlines",
            "Telecom", "Mining", "Pharma", "Motors", "Shipping", "Insurance", "Media", "Foods", "Steel");

    static final List<String> PUBLISHER_FIRST = List.of("Daily", "Evening", "Morning", "National", "Global", "Metro",
            "Coastal", "Northern", "Southern", "Western", "Eastern", "Capital", "Valley", "Harbour", "Central");

    static final List<String> PUBLISHER_LAST = List.of("Herald", "Ledger", "Observer", "Tribune", "Post", "Times",
            "Chronicle", "Gazette", "Courier", "Monitor", "Dispatch", "Review");

    static final List<String> TAGS = List.of("politics", "economy", "elections", "climate", "health", "technology",
            "energy", "migration", "courts", "security", "diplomacy", "trade", "culture", "sport", "education",
            "agriculture", "transport", "housing", "labour", "finance", "media", "science", "water", "human rights",
            "corruption", "defence", "tourism", "fisheries", "local news", "fact-check");

    static final List<String> UPLOADER_NAMES = List.of("amira.h", "ben.k", "chen.w", "dalia.m", "elena.p",
            "farid.s", "grace.o", "hugo.l", "ines.a", "jakob.n", "kenji.t", "leila.r", "marco.r", "nadia.f",
            "omar.b", "priya.d", "rania.k", "sergei.v", "sofia.c", "tariq.u");

    /** Media types and how often each comes. */
    static final List<String> MEDIA_TYPES = List.of("text/html", "text/html", "text/html", "text/html",
            "application/pdf", "application/pdf", "application/pdf", "text/plain", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en",
            "en", "en", "en", "en", "en", "fr", "de", "es", "ar");

    static final List<String> NOUNS = List.of("government", "minister", "talks", "agreement", "budget", "election",
            "parliament", "court", "police", "protest", "crisis", "report", "investigation", "company", "market",
            "prices", "inflation", "workers", "union", "strike", "border", "refugees", "aid", "hospital", "doctors",
            "patients", "vaccine", "school", "teachers", "students", "university", "research", "energy", "pipeline",
            "gas", "oil", "electricity", "grid", "drought", "flood", "harvest", "farmers", "water", "dam", "port",
            "ships", "airport", "railway", "bridge", "road", "housing", "rent", "tenants", "mayor", "council",
            "budget deficit", "taxes", "reform", "pension", "inquiry", "scandal", "contract", "tender", "bank",
            "loan", "debt", "currency", "exports", "imports", "tariffs", "factory", "plant", "jobs", "wages",
            "coalition", "opposition", "campaign", "voters", "ballot", "judge", "verdict", "appeal", "lawyers",
            "ceasefire", "troops", "convoy", "checkpoint", "militia", "negotiators", "delegation", "summit",
            "envoy", "embassy", "sanctions", "satellite", "cyberattack", "data", "platform", "journalists",
            "newspaper", "broadcaster", "festival", "museum", "stadium", "league", "coach", "climate", "emissions",
            "forest", "wildfire", "earthquake", "storm", "volunteers", "charity", "shelter", "prisoners",
            "hostages", "villagers", "residents", "statement", "spokesman", "documents", "auditors", "regulator");

    static final List<String> ADJECTIVES = List.of("new", "former", "senior", "local", "regional", "national",
            "foreign", "public", "private", "economic", "political", "military", "humanitarian", "urgent",
            "controversial", "final", "preliminary", "annual", "quarterly", "independent", "joint", "temporary",
            "permanent", "major", "minor", "rural", "coastal", "northern", "southern", "eastern", "western",
            "central", "interim", "secret", "leaked", "official", "unprecedented", "fragile", "tense", "heavy",
            "severe", "record", "historic", "disputed", "draft", "revised", "overdue", "costly", "sweeping");

    static final List<String> VERBS = List.of("announced", "rejected", "approved", "criticised", "delayed",
            "suspended", "confirmed", "denied", "proposed", "signed", "blocked", "welcomed", "questioned", "revealed",
            "postponed", "expanded", "reduced", "raised", "cut", "promised", "warned about", "defended", "reviewed",
            "backed", "challenged", "published", "launched", "closed", "reopened", "extended");

    static final List<String> ROLES = List.of("minister", "spokesperson", "director", "chairman", "president",
            "head", "deputy", "secretary-general", "governor", "mayor", "chief executive", "commander");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /**
     * Sentence patterns: {P} a person, {O} an organisation, {L} a place (each a mention), {N} adjective and noun,
     * {n} a noun, {V} a verb, {A} an adjective, {D} a weekday, {#} a number, [word] an event trigger.
     */
    static final List<String> SENTENCES = List.of(
            "{P}, the {R} of {O}, said on {D} that the {N} would be {V} before the end of the month.",
            "{O} {V} the {N} in {L} after weeks of {A} {n}.",
            "Officials in {L} said the {n} had {V} the {N} and that {#} {n} were affected.",
            "The {N} was {V} by {O} on {D}, according to {A} documents seen by reporters.",
            "\"We have {V} the {n} and we will not accept a {A} {n},\" {P} told reporters in {L}.",
            "Critics said the {N} {V} by {O} left {#} {n} without {A} {n}.",
            "In {L}, {#} {n} gathered outside the {n} as the {A} {n} continued.",
            "Analysts expect the {N} to weigh on the {n} for months, while {O} has {V} its {A} {n}.",
            "The {n} of {L} {V} a {A} {n} worth {#} million dollars.",
            "{P} {V} the {N} and asked {O} to publish the {A} {n}.",
            "Figures from {O} show that {n} rose by {#} percent in the {A} quarter.",
            "Residents of {L} described the {N} as the worst in {#} years.",
            "The {A} {n} is expected to reach {L} by {D}, a spokesperson for {O} said.",
            "It was not clear whether the {N} would affect the {n} in {L}.",
            "{P}, who has led {O} since {#}, {V} the {N} in a statement.",
            "The {n} said it had {V} the {N} and would review the {A} {n}.");

    /** Sentences that report an event: the event type code, and the pattern with its trigger in brackets. */
    static final Map<String, List<String>> EVENT_SENTENCES = Map.ofEntries(
            Map.entry("MEETING", List.of("{P} [met] {P} in {L} on {D} to discuss the {N}.",
                    "{P} will [visit] {L} next week for talks with {O}.")),
            Map.entry("STATEMENT", List.of("{O} [said] in a statement on {D} that the {N} was {V}.")),
            Map.entry("ACCUSATION", List.of("{P} [accused] {O} of hiding the {N} from {n} in {L}.",
                    "{O} [condemned] the {N} in {L} on {D}.")),
            Map.entry("NEGOTIATION", List.of("[Talks] between {O} and {O} on the {N} resumed in {L} on {D}.")),
            Map.entry("AGREEMENT", List.of("{O} and {O} signed an [agreement] on the {N} in {L}.",
                    "A [ceasefire] around {L} took effect on {D}, {P} said.")),
            Map.entry("PROTEST", List.of("Thousands of {n} joined a [protest] against the {N} in {L} on {D}.")),
            Map.entry("MILITARY_OPERATION", List.of("An [attack] on a {n} near {L} killed {#} people on {D}.")),
            Map.entry("HUMANITARIAN_AID", List.of("{O} delivered [aid] to {#} families in {L} on {D}.")),
            Map.entry("ARREST", List.of("Police [arrested] {P} in {L} on {D} over the {N}.")),
            Map.entry("RELEASE", List.of("{P} was [released] from prison in {L} on {D}.")),
            Map.entry("ELECTION", List.of("Voters in {L} went to the polls on {D} in an [election] seen as a test for {O}.")),
            Map.entry("APPOINTMENT", List.of("{O} [appointed] {P} as its new {R} on {D}.",
                    "{P} [resigned] as {R} of {O} on {D}.")),
            Map.entry("COURT_RULING", List.of("A court in {L} [ruled] on {D} that the {N} was unlawful.")),
            Map.entry("DEATH", List.of("{P}, a {A} {R} of {O}, [died] in {L} on {D}.")),
            Map.entry("PRODUCT_LAUNCH", List.of("{O} [launched] a {A} {n} in {L} on {D}.")),
            Map.entry("FINANCIAL_RESULT", List.of("{O} [reported] a {A} profit of {#} million for the quarter.")),
            Map.entry("ACQUISITION", List.of("{O} [acquired] {O} for {#} million, the companies said on {D}.")),
            Map.entry("INVESTIGATION", List.of("Prosecutors in {L} opened an [investigation] into {O} over the {N}.")));
}
