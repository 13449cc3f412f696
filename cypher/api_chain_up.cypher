// One step up from the given organs: who supervises them, whom they (or the roles inside them,
// such as their 主要负责人) report to, the body they are part of. Supervision and reports on
// other matters are skipped unless they are general (topics in $general, or none recorded).
UNWIND $ids AS id
MATCH (o:Organ {id: id})
CALL (o) {
  MATCH (s:Organ)-[r:SUPERVISES]->(o)
  RETURN s AS up, r, s AS src, o AS tgt
  UNION
  MATCH (o)-[r:REPORTS_TO|PART_OF]->(s:Organ)
  RETURN s AS up, r, o AS src, s AS tgt
  UNION
  MATCH (o)<-[:PART_OF]-(p:Organ)-[r:REPORTS_TO]->(s:Organ)
  RETURN s AS up, r, p AS src, s AS tgt
}
WITH o, up, r, src, tgt
WHERE type(r) = 'PART_OF' OR $topic IS NULL OR size(coalesce(r.topics, [])) = 0
   OR $topic IN r.topics OR any(t IN r.topics WHERE t IN $general)
RETURN o.id AS below,
       up {.id, .name, .level, .kind, .document} AS organ,
       {id: r.id, type: type(r), document: r.document,
        source: src {.id, .name, .level, .kind, .document},
        target: tgt {.id, .name, .level, .kind, .document},
        implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
        what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
        label: COLLECT { MATCH (x:Article {document: r.document, key: r.article_key}) RETURN x.label }[0],
        evidence: r.evidence, start: r.start, end: r.end} AS edge
ORDER BY below, edge.start
LIMIT $limit
