// REPORTS_TO edges of the given documents, optionally of one frequency and touching one level
// (the reporting organ, the body it belongs to, or the recipient).
UNWIND $documents AS document
MATCH (s:Organ {document: document})-[r:REPORTS_TO]->(t:Organ)
WHERE ($frequency IS NULL OR r.frequency = $frequency)
  AND ($level IS NULL OR s.level = $level OR t.level = $level
       OR EXISTS { MATCH (s)-[:PART_OF]->(:Organ {level: $level}) })
RETURN {id: r.id, type: type(r), document: r.document,
        source: s {.id, .name, .level, .kind, .document},
        target: t {.id, .name, .level, .kind, .document},
        implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
        what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
        label: COLLECT { MATCH (x:Article {id: r.document + '/' + r.article_key}) RETURN x.label }[0],
        evidence: r.evidence, start: r.start, end: r.end} AS edge
ORDER BY edge.document, edge.start
LIMIT $limit
