package io.storyline.bench;

import io.storyline.bench.NewsArticles.Article;
import io.storyline.bench.NewsArticles.Entity;
import io.storyline.domain.entity.Names;
import io.storyline.platform.schema.SchemaMigrations;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Makes an archive of analysed documents straight in the database of a server that is not running: it opens the
 * H2 file the server will use, migrates it with the application's own migrations, and inserts documents, their
 * text, entities, mentions, events, tags and search records with JDBC batches, as if extraction and analysis had
 * run. The same archive for the same seed, its dates laid over the five years before today. Uploading through the
 * API would take hours here (the language models).
 */
final class ArchiveGenerator {

    static final String MARKER = "page-benchmark-archive.properties";
    private static final int BATCH = 200;
    private static final long SEED = 20_240_404L;

    private final Path dataDir;
    private final int documents;
    private final Random random = new Random(SEED);
    private final List<Entity> persons = new ArrayList<>();
    private final List<Entity> organizations = new ArrayList<>();
    private final List<Entity> places = new ArrayList<>();
    private final List<String> publishers = new ArrayList<>();

    ArchiveGenerator(Path dataDir, int documents) {
        this.dataDir = dataDir;
        this.documents = documents;
        makeCatalog();
    }

    /** What the load needs to know of the archive: its values, to ask for things that are there. */
    record Archive(int documents, LocalDate from, LocalDate to, List<String> publishers, List<String> tags,
                   List<Long> popularEntities, List<String> uploaders, String summary) {
    }

    /** The archive made before with the same size, if the data folder holds one; else none. */
    Archive existing() throws IOException {
        Path marker = dataDir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (Integer.parseInt(p.getProperty("documents")) != documents) {
            return null;
        }
        return archive(LocalDate.parse(p.getProperty("from")), LocalDate.parse(p.getProperty("to")),
                p.getProperty("summary") + " (made by an earlier run, reused)");
    }

    /** Creates the database afresh and fills it; answers what it holds. */
    Archive generate() throws IOException, SQLException {
        Path db = Files.createDirectories(dataDir.resolve("db"));
        JdbcDataSource source = new JdbcDataSource();
        // The server's URL (configure.cli). No settings of our own: some (CACHE_SIZE) stay with the database.
        source.setURL("jdbc:h2:file:" + db.resolve("storyline"));
        source.setUser("sa");
        source.setPassword("");
        long start = System.nanoTime();
        SchemaMigrations.migrate(source);
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusYears(5);
        Counts counts;
        try (Connection c = source.getConnection()) {
            try (Statement s = c.createStatement()) {
                // The rows are consistent by construction; checking each reference would double the time.
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            c.setAutoCommit(false);
            insertEntities(c);
            counts = insertDocuments(c, from, to);
            restartSequences(c, counts);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                // Compact, as a database that has lived a while would be (bulk loading leaves much garbage).
                s.execute("SHUTDOWN COMPACT");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (var files = Files.walk(db)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        String summary = String.format(Locale.ROOT, "%d documents (%.0f MB of text), %d entities, %d mentions, %d events,"
                + " %d tags, %d search records in %.1f s (%.0f documents/s); database %d MB", documents,
                counts.textChars / 1e6, persons.size() + organizations.size() + places.size(), counts.mentions,
                counts.events, counts.tags, documents, seconds, documents / seconds, bytes / (1024 * 1024));
        Properties p = new Properties();
        p.setProperty("documents", String.valueOf(documents));
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        p.setProperty("summary", summary);
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(MARKER), StandardCharsets.UTF_8)) {
            p.store(out, "The page benchmark's generated archive");
        }
        return archive(from, to, summary);
    }

    private Archive archive(LocalDate from, LocalDate to, String summary) {
        List<Long> popular = new ArrayList<>();
        persons.subList(0, 40).forEach(e -> popular.add(e.id()));
        organizations.subList(0, 20).forEach(e -> popular.add(e.id()));
        places.subList(0, 20).forEach(e -> popular.add(e.id()));
        return new Archive(documents, from, to, List.copyOf(publishers), NewsWords.TAGS, popular,
                NewsWords.UPLOADER_NAMES, summary);
    }

    /** The entities and publishers, in an order that says how often each is in the news (first: most). */
    private void makeCatalog() {
        Random catalog = new Random(SEED + 1);
        List<String> names = new ArrayList<>();
        for (String first : NewsWords.FIRST_NAMES) {
            for (String last : NewsWords.LAST_NAMES) {
                names.add(first + " " + last);
            }
        }
        Collections.shuffle(names, catalog);
        long id = 1;
        for (String name : names.subList(0, 2000)) {
            persons.add(new Entity(id++, "PERSON", name));
        }
        List<String> orgs = new ArrayList<>();
        for (String head : NewsWords.ORG_HEADS) {
            for (String field : NewsWords.ORG_FIELDS) {
                orgs.add(head + " " + field);
            }
        }
        for (String word : NewsWords.COMPANY_WORDS) {
            for (String kind : NewsWords.COMPANY_KINDS) {
                orgs.add(word + " " + kind);
            }
        }
        Collections.shuffle(orgs, catalog);
        for (String name : orgs) {
            organizations.add(new Entity(id++, "ORGANIZATION", name));
        }
        List<String> placeNames = new ArrayList<>(NewsWords.PLACES);
        Collections.shuffle(placeNames, catalog);
        for (String name : placeNames) {
            places.add(new Entity(id++, "LOCATION", name));
        }
        List<String> pubs = new ArrayList<>();
        for (String first : NewsWords.PUBLISHER_FIRST) {
            for (String last : NewsWords.PUBLISHER_LAST) {
                pubs.add("The " + first + " " + last);
            }
        }
        Collections.shuffle(pubs, catalog);
        publishers.addAll(pubs.subList(0, 50));
    }

    private void insertEntities(Connection c) throws SQLException {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusYears(5);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (id, version, type, name, name_key,"
                + " last_name_key, created_at) VALUES (?, 0, ?, ?, ?, ?, ?)")) {
            for (List<Entity> list : List.of(persons, organizations, places)) {
                for (Entity e : list) {
                    ps.setLong(1, e.id());
                    ps.setString(2, e.type());
                    ps.setString(3, e.name());
                    ps.setString(4, Names.key(e.name()));
                    ps.setString(5, e.type().equals("PERSON") ? Names.lastNameKey(e.name()) : null);
                    ps.setObject(6, at);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private static final class Counts {
        long mentions;
        long events;
        long tags;
        long textChars;
    }

    private Counts insertDocuments(Connection c, LocalDate from, LocalDate to) throws SQLException {
        NewsArticles articles = new NewsArticles(random, persons, organizations, places);
        Counts counts = new Counts();
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (ArchiveRows rows = new ArchiveRows(c)) {
            for (long id = 1; id <= documents; id++) {
                Article article = articles.write(1000 + random.nextInt(3100));
                LocalDate published = random.nextInt(100) < 97 ? from.plusDays(random.nextInt(days + 1)) : null;
                LocalDate uploadDay = published != null ? published : from.plusDays(random.nextInt(days + 1));
                OffsetDateTime uploaded = uploadDay.atStartOfDay().atOffset(ZoneOffset.UTC)
                        .plusMinutes(random.nextInt(72 * 60));
                if (uploaded.isAfter(now)) {
                    uploaded = now.minusMinutes(random.nextInt(600));
                }
                Doc d = new Doc(id, article, published, uploaded, pick(NewsWords.MEDIA_TYPES),
                        publishers.get(articles.skewed(publishers.size())), pick(NewsWords.LANGUAGES),
                        NewsWords.UPLOADER_NAMES.get(articles.skewed(NewsWords.UPLOADER_NAMES.size())), tags(articles));
                rows.add(d, persons.get(articles.skewed(persons.size())).name());
                counts.textChars += article.text().length();
                if (id % BATCH == 0 || id == documents) {
                    rows.flush();
                    c.commit();
                }
            }
            counts.mentions = rows.mentions();
            counts.events = rows.events();
            counts.tags = rows.tags();
        }
        return counts;
    }

    /** One document to insert, with everything made for it. */
    record Doc(long id, Article article, LocalDate published, OffsetDateTime uploaded, String mediaType,
               String publisher, String language, String uploader, List<String> tags) {

        String filename() {
            String slug = article.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
            String ext = switch (mediaType) {
                case "text/html" -> ".html";
                case "application/pdf" -> ".pdf";
                case "text/plain" -> ".txt";
                default -> ".docx";
            };
            return slug + "-" + id + ext;
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("page-benchmark-" + id).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<String> tags(NewsArticles articles) {
        TreeSet<String> chosen = new TreeSet<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            chosen.add(NewsWords.TAGS.get(articles.skewed(NewsWords.TAGS.size())));
        }
        return List.copyOf(chosen);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Sequences of the tables written here restart past the ids used (Hibernate takes blocks of 50). */
    private void restartSequences(Connection c, Counts counts) throws SQLException {
        try (Statement s = c.createStatement()) {
            long entities = persons.size() + organizations.size() + places.size();
            long[][] next = {{documents}, {entities}, {counts.mentions}, {counts.events}, {counts.tags}};
            String[] names = {"document_seq", "entity_seq", "mention_seq", "event_seq", "document_tag_seq"};
            for (int i = 0; i < names.length; i++) {
                s.execute("ALTER SEQUENCE " + names[i] + " RESTART WITH " + (next[i][0] + 1000));
            }
        }
    }
}
