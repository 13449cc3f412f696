// Relationships leaving the given organs, restricted to the types in $types.
UNWIND $ids AS id
MATCH (s:Organ {id: id})-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]->(t:Organ)
WHERE type(r) IN $types
RETURN {id: r.id, type: type(r), document: r.document,
        source: s {.id, .name, .level, .kind, .document},
        target: t {.id, .name, .level, .kind, .document},
        implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
        what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
        label: COLLECT { MATCH (x:Article {id: r.document + '/' + r.article_key}) RETURN x.label }[0],
        evidence: r.evidence, start: r.start, end: r.end} AS edge
ORDER BY edge.start
LIMIT $limit
