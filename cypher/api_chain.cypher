// The accountability chain's facts of one document in one read (no row: no such document).
// bearers: organs at $level (any level when null) with a duty on $topic, or, with a level, a
//   primary responsibility label there ($labels: 主体责任…);
// overseers: organs at the levels above ($levels) with a duty on $topic or a general
//   audit/discipline duty (topics among $oversight, all within $general);
// edges: every upward edge among the document's organs — SUPERVISES, REPORTS_TO, PART_OF — on
//   $topic or general (topics in $general_edges, or none recorded); the service climbs them
//   in memory, so the whole chain costs one statement however deep it goes;
// sanctions: articles of a chapter whose title holds one of $words (奖惩, 责任追究…), or,
//   outside chapters, whose opening holds one; liabilities: who is named to be sanctioned.
// Only what a hop cites is returned (no modality, topics, modes…): the answer has no place for it.
MATCH (d:Document {id: $document})
RETURN
  COLLECT {
    MATCH (o:Organ {document: $document})-[r:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
    WHERE ($level IS NULL OR o.level = $level)
      AND ($topic IN u.topics
           OR ($level IS NOT NULL AND coalesce(r.responsibility, u.responsibility) IN $labels))
    RETURN {organ: o {.id, .name, .level, .kind, .document},
            duty: u {.id, .document, .text, .start, .end,
                     responsibility: coalesce(r.responsibility, u.responsibility),
                     article: a.number, article_key: a.key, label: a.label}}
    ORDER BY u.start LIMIT $limit
  } AS bearers,
  COLLECT {
    MATCH (o:Organ {document: $document})-[r:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
    WHERE o.level IN $levels
      AND ($topic IN u.topics
           OR (any(t IN u.topics WHERE t IN $oversight) AND all(t IN u.topics WHERE t IN $general)))
    RETURN {organ: o {.id, .name, .level, .kind, .document},
            duty: u {.id, .document, .text, .start, .end,
                     responsibility: coalesce(r.responsibility, u.responsibility),
                     article: a.number, article_key: a.key, label: a.label}}
    ORDER BY u.start LIMIT $limit
  } AS overseers,
  COLLECT {
    MATCH (s:Organ {document: $document})-[r:SUPERVISES|REPORTS_TO|PART_OF]->(t:Organ)
    WHERE type(r) = 'PART_OF' OR size(coalesce(r.topics, [])) = 0
       OR $topic IN r.topics OR any(x IN r.topics WHERE x IN $general_edges)
    RETURN {id: r.id, type: type(r), document: r.document,
            source: s {.id, .name, .level, .kind, .document},
            target: t {.id, .name, .level, .kind, .document},
            article: r.article, article_key: r.article_key,
            label: head(COLLECT { MATCH (x:Article {id: r.document + '/' + r.article_key}) RETURN x.label }),
            evidence: r.evidence, start: r.start, end: r.end}
    ORDER BY r.start LIMIT $edge_limit
  } AS edges,
  COLLECT {
    MATCH (a:Article {document: $document})
    WITH a, head(COLLECT { MATCH (a)-[:IN_CHAPTER]->(c:Chapter) RETURN c.title }) AS chapter
    WITH a, chapter, replace(replace(coalesce(chapter, ''), ' ', ''), '　', '') AS title
    WHERE (chapter IS NOT NULL AND any(w IN $words WHERE title CONTAINS w))
       OR (chapter IS NULL AND any(w IN $words WHERE left(a.text, 30) CONTAINS w))
    RETURN {article: a {.id, .document, .number, .key, .label, .text, .start, .end}, chapter: chapter}
    ORDER BY a.start LIMIT $limit
  } AS sanctions,
  COLLECT {
    MATCH (o:Organ {document: $document})-[l:LIABLE_UNDER]->(a:Article)
    // Without the hint an empty store plans a scan of every LIABLE_UNDER in the database.
    USING INDEX o:Organ(document)
    RETURN {organ: o {.id, .name, .level, .kind, .document}, document: l.document,
            article: a.number, article_key: a.key, label: a.label,
            evidence: l.evidence, start: l.start, end: l.end}
    ORDER BY l.start LIMIT $limit
  } AS liabilities
