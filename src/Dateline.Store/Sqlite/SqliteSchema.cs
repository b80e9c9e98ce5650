namespace Dateline.Store.Sqlite;

/// <summary>
/// The SQLite schema as ordered migrations. <c>PRAGMA user_version</c> holds the number of migrations
/// applied; opening a store applies the missing ones in one transaction each. To change the schema,
/// append a migration (never edit a released one). See docs/store.md.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Marks a database as Dateline's (<c>PRAGMA application_id</c>, "DTLN").</summary>
    public const int ApplicationId = 0x44544C4E;

    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: articles with full-text index, layers, corpus entities, quotes, times, facets.
        """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            hash BLOB NOT NULL,
            source_path TEXT NOT NULL,
            source_format TEXT NOT NULL,
            source_record INTEGER NOT NULL,
            source_line INTEGER NOT NULL,
            date TEXT,
            published TEXT,
            headline TEXT,
            authors TEXT,
            agency TEXT,
            place TEXT,
            region TEXT,
            country TEXT,
            url TEXT,
            metadata TEXT NOT NULL,
            structure TEXT,
            problems TEXT,
            text TEXT NOT NULL,
            ingested TEXT NOT NULL);
        CREATE UNIQUE INDEX articles_hash ON articles(hash);
        CREATE INDEX articles_doc_id ON articles(doc_id);
        CREATE INDEX articles_date ON articles(date);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            headline, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

        CREATE TABLE mentions(
            article_id INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            label INTEGER NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY(article_id, idx)) WITHOUT ROWID;

        CREATE TABLE entities(
            id INTEGER PRIMARY KEY,
            label INTEGER NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 0,
            mention_count INTEGER NOT NULL DEFAULT 0,
            quote_count INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX entities_key ON entities(label, key);
        CREATE INDEX entities_top ON entities(label, article_count DESC);
        CREATE INDEX entities_name ON entities(key);
        CREATE TABLE entity_aliases(
            key TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY(key, entity_id)) WITHOUT ROWID;
        CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

        CREATE TABLE article_entities(
            article_id INTEGER NOT NULL,
            local_id INTEGER NOT NULL,
            entity_id INTEGER NOT NULL,
            label INTEGER NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL,
            titles TEXT NOT NULL,
            mentions TEXT NOT NULL,
            mention_count INTEGER NOT NULL,
            PRIMARY KEY(article_id, local_id)) WITHOUT ROWID;
        CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

        CREATE TABLE quotes(
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_local INTEGER,
            speaker_name TEXT,
            speaker_key TEXT,
            entity_id INTEGER,
            time TEXT,
            date TEXT,
            content TEXT NOT NULL);
        CREATE INDEX quotes_article ON quotes(article_id, idx);
        CREATE INDEX quotes_entity ON quotes(entity_id, date DESC);
        CREATE INDEX quotes_speaker ON quotes(speaker_key, date DESC);
        CREATE INDEX quotes_date ON quotes(date DESC);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            content, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

        CREATE TABLE times(
            article_id INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            type INTEGER NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY(article_id, idx)) WITHOUT ROWID;

        CREATE TABLE facet_values(
            id INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL);
        CREATE UNIQUE INDEX facet_values_key ON facet_values(kind, key);
        CREATE TABLE article_facets(
            article_id INTEGER NOT NULL,
            facet_id INTEGER NOT NULL,
            PRIMARY KEY(article_id, facet_id)) WITHOUT ROWID;
        CREATE INDEX article_facets_facet ON article_facets(facet_id, article_id);
        """,

        // 2: each article's facets packed in one row ("id*8+kind,..."), so facet counts over many matches read
        // one short row per match and count in memory instead of grouping every (article, facet) row in SQL.
        """
        CREATE TABLE article_facet_sets(
            article_id INTEGER PRIMARY KEY,
            facets TEXT NOT NULL);
        INSERT INTO article_facet_sets(article_id, facets)
            SELECT f.article_id, group_concat(f.facet_id * 8 + v.kind, ',')
            FROM article_facets f JOIN facet_values v ON v.id = f.facet_id
            GROUP BY f.article_id;
        """,

        // 3 (dedup, docs/dedup.md): copies of one story. story_id groups an article with its copies
        // (the id of the story's first article); copy_buckets maps LSH band keys and paragraph hashes to articles.
        """
        CREATE TABLE copies(
            article_id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL,
            signature BLOB NOT NULL);
        CREATE INDEX copies_story ON copies(story_id, article_id);
        CREATE TABLE copy_buckets(
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY(key, article_id)) WITHOUT ROWID;
        """,

        // 4: corpus entities count stories, not copies: article_count = distinct stories mentioning the entity,
        // quote_count = distinct (story, quote text) attributed to it. The writer keeps both so from now on.
        """
        UPDATE entities SET
            article_count = (SELECT count(DISTINCT coalesce(c.story_id, ae.article_id))
                FROM article_entities ae LEFT JOIN copies c ON c.article_id = ae.article_id WHERE ae.entity_id = entities.id),
            quote_count = (SELECT count(DISTINCT coalesce(c.story_id, q.article_id) || char(31) || q.content)
                FROM quotes q LEFT JOIN copies c ON c.article_id = q.article_id WHERE q.entity_id = entities.id);
        """,

        // 5 (docs/entities.md): corpus entity linking. entity_links maps every normalised key (name, variant, paired
        // alias) to its entry; entity_periods holds full-name mentions per month (surname evidence); aliases count
        // their mentions; article entities keep their written forms so --relink can recompute every link. Existing
        // entries keep their old keys here: run `dateline entities --relink` once after upgrading.
        """
        ALTER TABLE entities ADD COLUMN surname TEXT;
        ALTER TABLE entities ADD COLUMN ambiguous INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entities ADD COLUMN first_date TEXT;
        ALTER TABLE entities ADD COLUMN last_date TEXT;
        CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;
        ALTER TABLE entity_aliases ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entity_aliases ADD COLUMN caps INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entity_aliases ADD COLUMN full_name INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE article_entities ADD COLUMN forms TEXT;
        CREATE TABLE entity_links(
            label INTEGER NOT NULL,
            key TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            PRIMARY KEY(label, key)) WITHOUT ROWID;
        CREATE INDEX entity_links_entity ON entity_links(entity_id);
        INSERT INTO entity_links(label, key, entity_id) SELECT label, key, id FROM entities;
        CREATE TABLE entity_periods(
            entity_id INTEGER NOT NULL,
            month TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY(entity_id, month)) WITHOUT ROWID;
        UPDATE entities SET
            first_date = (SELECT min(a.date) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id),
            last_date = (SELECT max(a.date) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id);
        """,

        // 6 (docs/stories.md): stories, events covered by several outlets over days. Every article written from now on
        // gets one (article_stories); `dateline stories --rebuild` assigns stories to articles stored before.
        """
        CREATE TABLE stories(
            id INTEGER PRIMARY KEY,
            headline TEXT,
            first_date TEXT,
            last_date TEXT,
            article_count INTEGER NOT NULL,
            outlet_count INTEGER NOT NULL,
            centroid BLOB NOT NULL);
        CREATE INDEX stories_last ON stories(last_date DESC, id DESC);
        CREATE TABLE article_stories(
            article_id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL,
            similarity REAL NOT NULL);
        CREATE INDEX article_stories_story ON article_stories(story_id, article_id);
        CREATE TABLE story_outlets(
            story_id INTEGER NOT NULL,
            outlet TEXT NOT NULL,
            PRIMARY KEY(story_id, outlet)) WITHOUT ROWID;
        """,
    ];

    public static int CurrentVersion => Migrations.Count;
}
